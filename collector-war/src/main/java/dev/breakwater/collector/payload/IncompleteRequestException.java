package dev.breakwater.collector.payload;

/**
 * Reading the request body failed in the connection (client went away, timeout). There is nobody to
 * answer; the crash is not stored and the client will retry.
 */
public class IncompleteRequestException extends Exception {

  private static final long serialVersionUID = 1L;

  public IncompleteRequestException(Throwable cause) {
    super("request body could not be read: " + cause.getMessage(), cause);
  }
}
