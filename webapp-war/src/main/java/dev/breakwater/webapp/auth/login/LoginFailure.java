package dev.breakwater.webapp.auth.login;

/** Why a login form post did not log anyone in; shown on the login page it answers with. */
public enum LoginFailure {
  BAD_CREDENTIALS("Wrong user name or password, or the account is not active."),
  STALE_FORM("The login form had expired. Please try again."),
  TOO_MANY_ATTEMPTS("Too many login attempts from your address. Please wait a minute.");

  /** The request attribute the login mechanism leaves for the login page. */
  public static final String ATTRIBUTE = LoginFailure.class.getName();

  private final String message;

  LoginFailure(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
