package dev.breakwater.webapp.auth.login;

import dev.breakwater.webapp.auth.AuthConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;

/**
 * The OpenID Connect settings from MicroProfile Config, named {@code breakwaterOidc} for the
 * expressions of {@link OidcLogin}'s annotation (Jakarta Security evaluates them when it first
 * needs the provider's configuration, not at deployment).
 */
@Named("breakwaterOidc")
@ApplicationScoped
public class OidcSettings {

  /**
   * Jakarta Security replaces {@code ${baseURL}} with the application's address. It cannot be the
   * configured default: MicroProfile Config would take it for a reference to another key.
   */
  static final String DEFAULT_REDIRECT_URI = "${baseURL}/oidc/callback";

  @Inject Config config;

  public String getProviderUri() {
    return required(AuthConfigKeys.OIDC_PROVIDER_URI);
  }

  public String getClientId() {
    return required(AuthConfigKeys.OIDC_CLIENT_ID);
  }

  public String getClientSecret() {
    return optional(AuthConfigKeys.OIDC_CLIENT_SECRET, "");
  }

  public String getRedirectUri() {
    return optional(AuthConfigKeys.OIDC_REDIRECT_URI, DEFAULT_REDIRECT_URI);
  }

  public String getNameClaim() {
    return optional(AuthConfigKeys.OIDC_NAME_CLAIM, "preferred_username");
  }

  public String getGroupsClaim() {
    return optional(AuthConfigKeys.OIDC_GROUPS_CLAIM, "groups");
  }

  private String optional(String key, String fallback) {
    return config
        .getOptionalValue(key, String.class)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .orElse(fallback);
  }

  private String required(String key) {
    String value = optional(key, "");
    if (value.isEmpty()) {
      throw new IllegalStateException(
          key + " must be set when " + AuthConfigKeys.MECHANISM + "=oidc");
    }
    return value;
  }
}
