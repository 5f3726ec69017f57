package dev.breakwater.webapp.auth;

import jakarta.enterprise.context.RequestScoped;

/**
 * How the current request was authenticated, beside {@code Caller} (who and with which grants):
 * token management needs a logged-in session, so that a leaked token cannot mint more tokens.
 */
@RequestScoped
public class RequestCredentials {
  private CallerKind kind = CallerKind.ANONYMOUS;

  public CallerKind kind() {
    return kind;
  }

  /** Set by the token filter once it knows how the request authenticated. */
  public void kind(CallerKind kind) {
    this.kind = kind;
  }
}
