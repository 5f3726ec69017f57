package dev.breakwater.crash.storage;

/**
 * A stored crash document is unreadable. Reading it again will not help: the processor dead-letters
 * the crash rather than retrying it, the webapp answers with an error.
 */
public class CorruptCrashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptCrashException(String message) {
    super(message);
  }

  public CorruptCrashException(String message, Throwable cause) {
    super(message, cause);
  }
}
