package dev.breakwater.webapp.api;

/**
 * A parameter the caller sent cannot be used. Answered 400 with Socorro's body, {@code {"error":
 * "Bad request: BadArgumentError: <message>"}}, where the message is either the caller-facing
 * sentence given or, for {@link #parameter}, {@code Bad value for parameter(s) '<name>'}.
 */
public class BadArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadArgumentException(String message) {
    super(message);
  }

  /** Socorro's wording for a parameter without a more specific message. */
  public static BadArgumentException parameter(String name) {
    return new BadArgumentException("Bad value for parameter(s) '" + name + "'");
  }
}
