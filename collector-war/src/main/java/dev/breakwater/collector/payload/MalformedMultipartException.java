package dev.breakwater.collector.payload;

import java.io.IOException;

/** The multipart structure is broken: boundaries, line breaks, headers or truncation. */
final class MalformedMultipartException extends IOException {

  private static final long serialVersionUID = 1L;

  MalformedMultipartException(String message) {
    super(message);
  }
}
