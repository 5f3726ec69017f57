package dev.breakwater.webapp.auth.ratelimit;

import dev.breakwater.webapp.auth.AuthConfigKeys;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The API's rate limits: anonymous callers per client address, authenticated ones per user, each
 * with its own rate (Socorro's API_RATE_LIMIT and API_RATE_LIMIT_AUTHENTICATED). Counting happens
 * in the shared store when configured; while it fails, in this instance's memory, because a broken
 * database should slow abusers, not take the API down for everyone.
 */
public final class RateLimits {
  private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
  private static final long WARN_EVERY_NANOS = 60_000_000_000L;

  private final boolean enabled;
  private final Rate anonymous;
  private final Rate authenticated;
  private final Rate login;
  private final RateBuckets shared;
  private final RateBuckets local = new LocalRateBuckets();
  private final boolean trustXRealIp;
  private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

  public RateLimits(
      boolean enabled,
      Rate anonymous,
      Rate authenticated,
      Rate login,
      RateBuckets shared,
      boolean trustXRealIp) {
    this.enabled = enabled;
    this.anonymous = anonymous;
    this.authenticated = authenticated;
    this.login = login;
    this.shared = shared;
    this.trustXRealIp = trustXRealIp;
  }

  /**
   * From configuration ({@code breakwater.webapp.rate-limit.*}).
   *
   * @throws IllegalArgumentException for a malformed rate or an unknown store
   */
  public static RateLimits configured(Config config, DataSource dataSource) {
    String store =
        config
            .getOptionalValue(AuthConfigKeys.RATE_LIMIT_STORE, String.class)
            .orElse("postgresql")
            .strip()
            .toLowerCase(Locale.ROOT);
    RateBuckets shared =
        switch (store) {
          case "postgresql" -> new PostgresRateBuckets(dataSource);
          case "memory" -> null;
          default ->
              throw new IllegalArgumentException(
                  AuthConfigKeys.RATE_LIMIT_STORE
                      + " must be 'postgresql' or 'memory', not '"
                      + store
                      + "'");
        };
    return new RateLimits(
        config.getOptionalValue(AuthConfigKeys.RATE_LIMIT_ENABLED, Boolean.class).orElse(true),
        rate(config, AuthConfigKeys.RATE_LIMIT_ANONYMOUS, "100/m"),
        rate(config, AuthConfigKeys.RATE_LIMIT_AUTHENTICATED, "1000/m"),
        rate(config, AuthConfigKeys.RATE_LIMIT_LOGIN, "10/m"),
        shared,
        config
            .getOptionalValue(AuthConfigKeys.RATE_LIMIT_TRUST_X_REAL_IP, Boolean.class)
            .orElse(true));
  }

  private static Rate rate(Config config, String key, String fallback) {
    try {
      return Rate.parse(config.getOptionalValue(key, String.class).orElse(fallback));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean trustXRealIp() {
    return trustXRealIp;
  }

  /**
   * The decision on one request.
   *
   * @param user the authenticated user, or null for an anonymous caller
   * @param address the client's address (see {@link ClientAddress})
   */
  public RateDecision decide(String user, String address) {
    if (!enabled) {
      return RateDecision.ALLOWED;
    }
    return take(
        user != null ? "user:" + user : "ip:" + address, user != null ? authenticated : anonymous);
  }

  /**
   * The decision on one login attempt (a form post with a password) from {@code address}: password
   * guessing is slowed per address, whichever user names it tries.
   */
  public RateDecision decideLogin(String address) {
    if (!enabled) {
      return RateDecision.ALLOWED;
    }
    return take("login:" + address, login);
  }

  private RateDecision take(String key, Rate rate) {
    if (shared != null) {
      try {
        return shared.take(key, rate);
      } catch (RuntimeException e) {
        warn(e);
      }
    }
    return local.take(key, rate);
  }

  private void warn(RuntimeException e) {
    long now = System.nanoTime();
    if (now - lastWarning >= WARN_EVERY_NANOS) {
      lastWarning = now;
      LOG.log(
          Level.WARNING,
          "rate limits: the shared store failed, counting in this instance's memory: " + e,
          e);
    }
  }
}
