package dev.breakwater.collector.payload;

import java.io.IOException;

/**
 * A crash report exceeds one of the configured limits. It is an {@link IOException} so that it can
 * be thrown from inside the stream stack that the multipart parser reads.
 */
public class PayloadTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final PayloadLimit limit;

  public PayloadTooLargeException(PayloadLimit limit) {
    super(limit.code());
    this.limit = limit;
  }

  public PayloadLimit limit() {
    return limit;
  }
}
