package dev.breakwater.webapp.auth.login;

import dev.breakwater.webapp.auth.AuthConfigKeys;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/** How people log in, {@code breakwater.webapp.auth.mechanism}. */
public enum LoginMode {
  /** Form login with user names and passwords in PostgreSQL (the default). */
  FORM,
  /** An OpenID Connect provider (production). */
  OIDC;

  /**
   * @throws IllegalArgumentException for a value other than {@code form} or {@code oidc}
   */
  public static LoginMode configured(Config config) {
    String value =
        config.getOptionalValue(AuthConfigKeys.MECHANISM, String.class).orElse("form").strip();
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          AuthConfigKeys.MECHANISM + " must be 'form' or 'oidc', not '" + value + "'", e);
    }
  }
}
