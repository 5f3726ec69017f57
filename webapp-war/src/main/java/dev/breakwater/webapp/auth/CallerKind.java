package dev.breakwater.webapp.auth;

/** How the current request proved who it is. */
public enum CallerKind {
  /** No credentials: public data and the anonymous rate limit. */
  ANONYMOUS,
  /** A logged-in browser session (form login or OpenID Connect). */
  SESSION,
  /** An {@code Auth-Token} API token. */
  TOKEN
}
