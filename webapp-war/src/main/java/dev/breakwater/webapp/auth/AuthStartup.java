package dev.breakwater.webapp.auth;

import dev.breakwater.webapp.auth.login.LoginMode;
import dev.breakwater.webapp.auth.login.OidcSettings;
import dev.breakwater.webapp.auth.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the settings of login, tokens and rate limits at deployment, so that a malformed rate or a
 * missing OpenID Connect provider fails the deployment with the key's name instead of the first
 * login or API request.
 */
@ApplicationScoped
public class AuthStartup {
  private static final Logger LOG = Logger.getLogger(AuthStartup.class.getName());

  @Inject Config config;
  @Inject RateLimits rateLimits;
  @Inject TokenLifetimes tokenLifetimes;
  @Inject Instance<OidcSettings> oidc;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    LoginMode mode = LoginMode.configured(config);
    if (mode == LoginMode.OIDC) {
      OidcSettings settings = oidc.get();
      settings.getProviderUri();
      settings.getClientId();
    }
    LOG.info(
        "login: "
            + mode.name().toLowerCase(java.util.Locale.ROOT)
            + "; API tokens live "
            + tokenLifetimes.defaultDays()
            + " days by default; rate limits "
            + (rateLimits.enabled() ? "on" : "off"));
  }
}
