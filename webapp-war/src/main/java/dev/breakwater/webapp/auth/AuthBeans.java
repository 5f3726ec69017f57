package dev.breakwater.webapp.auth;

import dev.breakwater.db.BreakwaterDataSource;
import dev.breakwater.webapp.auth.ratelimit.RateLimits;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/** Builds the rate limits and token settings from configuration, once per application. */
@ApplicationScoped
public class AuthBeans {

  @Inject Config config;

  @Resource(lookup = BreakwaterDataSource.JNDI_NAME)
  DataSource dataSource;

  @Produces
  @Singleton
  RateLimits rateLimits() {
    try {
      return RateLimits.configured(config, dataSource);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Produces
  @Singleton
  TokenLifetimes tokenLifetimes() {
    int defaultDays = config.getValue(AuthConfigKeys.TOKEN_DEFAULT_DAYS, Integer.class);
    int maxDays = config.getValue(AuthConfigKeys.TOKEN_MAX_DAYS, Integer.class);
    if (defaultDays < 1 || defaultDays > maxDays) {
      throw new IllegalStateException(
          AuthConfigKeys.TOKEN_DEFAULT_DAYS
              + " must be between 1 and "
              + AuthConfigKeys.TOKEN_MAX_DAYS
              + " ("
              + maxDays
              + "), got "
              + defaultDays);
    }
    return new TokenLifetimes(defaultDays, maxDays);
  }
}
