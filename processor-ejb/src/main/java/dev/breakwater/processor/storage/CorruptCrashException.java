package dev.breakwater.processor.storage;

/**
 * A stored crash document is unreadable. Reading it again will not help, so the crash is
 * dead-lettered rather than retried.
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
