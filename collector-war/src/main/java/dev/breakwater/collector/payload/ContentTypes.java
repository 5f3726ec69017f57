package dev.breakwater.collector.payload;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks of the request's {@code Content-Type}, with Antenna's malformed reasons. */
final class ContentTypes {

  private ContentTypes() {}

  /**
   * Accepts {@code multipart/form-data} and {@code multipart/mixed} with a boundary parameter.
   * Antenna requires the boundary to be the first parameter; any position is accepted here, which
   * only lets more well-formed crash reports through.
   */
  static void check(String contentType) throws MalformedCrashReportException {
    if (contentType == null || contentType.isBlank()) {
      throw new MalformedCrashReportException(MalformedReason.NO_CONTENT_TYPE);
    }
    String[] parts = contentType.split(";", 2);
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("multipart/form-data") && !media.equals("multipart/mixed")) {
      throw new MalformedCrashReportException(MalformedReason.WRONG_CONTENT_TYPE);
    }
    if (parts.length < 2 || !hasBoundary(parts[1])) {
      throw new MalformedCrashReportException(MalformedReason.NO_BOUNDARY);
    }
  }

  private static boolean hasBoundary(String parameters) {
    return boundaryOf(parameters) != null;
  }

  /** The boundary parameter of a content type already {@link #check checked}. */
  static byte[] boundary(String contentType) {
    return boundaryOf(contentType.split(";", 2)[1]).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String boundaryOf(String parameters) {
    for (String parameter : parameters.split(";")) {
      String p = parameter.strip();
      if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
        String value = p.substring(9).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /** Whether a part's content type starts with {@code prefix}, ignoring case. */
  static boolean startsWith(String partContentType, String prefix) {
    return partContentType != null
        && partContentType.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Whether {@code Content-Encoding} asks for gzip. */
  static boolean isGzip(String contentEncoding) {
    if (contentEncoding == null) {
      return false;
    }
    String encoding = contentEncoding.strip();
    return encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip");
  }
}
