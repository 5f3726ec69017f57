package dev.breakwater.processor.application;

/** The queue named a crash whose raw crash is not in storage. */
public class MissingRawCrashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingRawCrashException(String crashId) {
    super("raw crash " + crashId + " is not in storage");
  }
}
