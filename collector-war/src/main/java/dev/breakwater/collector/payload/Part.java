package dev.breakwater.collector.payload;

import java.io.InputStream;
import java.util.Locale;

/** One part of a multipart body: the headers the collector uses, and the body stream. */
final class Part {

  private String name;
  private String fileName;
  private String contentType;
  private InputStream body;

  /** Takes one header line ({@code Name: value}); unknown and malformed lines are ignored. */
  void header(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return;
    }
    String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (header.equals("content-type")) {
      contentType = value;
    } else if (header.equals("content-disposition")) {
      ContentDisposition disposition = ContentDisposition.parse(value);
      name = disposition.name();
      fileName = disposition.fileName();
    }
  }

  Part withBody(InputStream stream) {
    this.body = stream;
    return this;
  }

  /** The form field name, or null. */
  String name() {
    return name;
  }

  /** The file name, or null when the part is not a file. */
  String fileName() {
    return fileName;
  }

  /** The content type, or null when the part has none. */
  String contentType() {
    return contentType;
  }

  /** The body; reading past its end returns -1. */
  InputStream body() {
    return body;
  }
}
