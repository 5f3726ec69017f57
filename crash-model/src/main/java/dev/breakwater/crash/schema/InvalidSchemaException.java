package dev.breakwater.crash.schema;

/** The processed-crash schema file cannot be used; the processor refuses to start with it. */
public class InvalidSchemaException extends RuntimeException {
  public InvalidSchemaException(String message) {
    super(message);
  }

  public InvalidSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
