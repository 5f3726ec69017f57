package dev.breakwater.webapp.auth.login;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps exactly one login mechanism in the application, as configured ({@code
 * breakwater.webapp.auth.mechanism}). Jakarta Security 3 allows one HTTP authentication mechanism
 * per application and finds mechanisms by their annotations when beans are discovered; removing the
 * other mechanism's classes before that (a veto while types are processed) is how one archive
 * serves both set-ups.
 */
public class LoginMechanismSelection implements Extension {
  private static final Logger LOG = Logger.getLogger(LoginMechanismSelection.class.getName());

  private LoginMode mode;

  void formOnly(@Observes ProcessAnnotatedType<FormLoginMechanism> type) {
    vetoUnless(type, LoginMode.FORM);
  }

  void passwordsOnlyWithForm(@Observes ProcessAnnotatedType<PasswordIdentityStore> type) {
    vetoUnless(type, LoginMode.FORM);
  }

  void oidcOnly(@Observes ProcessAnnotatedType<OidcLogin> type) {
    vetoUnless(type, LoginMode.OIDC);
  }

  void oidcSyncOnlyWithOidc(@Observes ProcessAnnotatedType<OidcAccountSync> type) {
    vetoUnless(type, LoginMode.OIDC);
  }

  private void vetoUnless(ProcessAnnotatedType<?> type, LoginMode wanted) {
    if (mode() != wanted) {
      type.veto();
    }
  }

  private LoginMode mode() {
    if (mode == null) {
      Config config = ConfigProvider.getConfig(LoginMechanismSelection.class.getClassLoader());
      mode = LoginMode.configured(config);
      LOG.info("login mechanism: " + mode.name().toLowerCase(java.util.Locale.ROOT));
    }
    return mode;
  }
}
