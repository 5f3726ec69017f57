package dev.breakwater.signature.lists;

/** A signature list file that cannot be read or holds a line that is not valid. */
public class InvalidSignatureListException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidSignatureListException(String message, Throwable cause) {
    super(message, cause);
  }
}
