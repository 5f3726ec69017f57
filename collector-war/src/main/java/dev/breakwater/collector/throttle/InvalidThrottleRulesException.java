package dev.breakwater.collector.throttle;

/** The throttle rules file cannot be used; the message names the place and the problem. */
public class InvalidThrottleRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidThrottleRulesException(String message) {
    super(message);
  }

  public InvalidThrottleRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
