package dev.breakwater.webapp.symbols;

import java.io.IOException;

/** An upload over one of its limits (answered 413). */
public final class UploadTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient UploadLimit limit;

  public UploadTooLargeException(UploadLimit limit, long bound) {
    super("upload exceeds " + limit.code() + " limit of " + bound);
    this.limit = limit;
  }

  public UploadLimit limit() {
    return limit;
  }
}
