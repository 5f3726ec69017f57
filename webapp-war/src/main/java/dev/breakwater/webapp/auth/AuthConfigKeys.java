package dev.breakwater.webapp.auth;

/**
 * Configuration keys of accounts, tokens and rate limits, read through MicroProfile Config. Each is
 * declared with its default and description in the webapp's {@code
 * META-INF/microprofile-config.properties} (the source of docs/configuration.md).
 */
public final class AuthConfigKeys {

  private AuthConfigKeys() {}

  /** How people log in: {@code form} (accounts in PostgreSQL) or {@code oidc}. */
  public static final String MECHANISM = "breakwater.webapp.auth.mechanism";

  public static final String OIDC_PROVIDER_URI = "breakwater.webapp.auth.oidc.provider-uri";
  public static final String OIDC_CLIENT_ID = "breakwater.webapp.auth.oidc.client-id";
  public static final String OIDC_CLIENT_SECRET = "breakwater.webapp.auth.oidc.client-secret";
  public static final String OIDC_REDIRECT_URI = "breakwater.webapp.auth.oidc.redirect-uri";
  public static final String OIDC_NAME_CLAIM = "breakwater.webapp.auth.oidc.name-claim";
  public static final String OIDC_GROUPS_CLAIM = "breakwater.webapp.auth.oidc.groups-claim";

  public static final String TOKEN_DEFAULT_DAYS =
      "breakwater.webapp.tokens.default-expiration-days";
  public static final String TOKEN_MAX_DAYS = "breakwater.webapp.tokens.max-expiration-days";

  public static final String RATE_LIMIT_ENABLED = "breakwater.webapp.rate-limit.enabled";
  public static final String RATE_LIMIT_ANONYMOUS = "breakwater.webapp.rate-limit.anonymous";
  public static final String RATE_LIMIT_AUTHENTICATED =
      "breakwater.webapp.rate-limit.authenticated";
  public static final String RATE_LIMIT_LOGIN = "breakwater.webapp.rate-limit.login";
  public static final String RATE_LIMIT_STORE = "breakwater.webapp.rate-limit.store";
  public static final String RATE_LIMIT_TRUST_X_REAL_IP =
      "breakwater.webapp.rate-limit.trust-x-real-ip";
}
