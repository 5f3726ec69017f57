package dev.breakwater.webapp.symbols;

import java.io.IOException;

/** A request that is not an upload at all: broken multipart, wrong content type (answered 400). */
public final class MalformedUploadException extends IOException {
  private static final long serialVersionUID = 1L;

  public MalformedUploadException(String message) {
    super(message);
  }

  public MalformedUploadException(String message, Throwable cause) {
    super(message, cause);
  }
}
