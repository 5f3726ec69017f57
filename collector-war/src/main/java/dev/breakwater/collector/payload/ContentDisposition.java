package dev.breakwater.collector.payload;

import java.util.Locale;

/**
 * The {@code name} and {@code filename} parameters of a {@code Content-Disposition} header. Values
 * may be tokens or quoted strings with backslash escapes; a {@code filename*} (RFC 5987) also marks
 * the part as a file.
 *
 * @param name the {@code name} parameter, or null
 * @param fileName the {@code filename} parameter, or null
 */
record ContentDisposition(String name, String fileName) {

  static ContentDisposition parse(String header) {
    String name = null;
    String fileName = null;
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int start = skipSpace(header, i + 1);
      int equals = header.indexOf('=', start);
      if (equals < 0) {
        break;
      }
      String key = header.substring(start, equals).strip().toLowerCase(Locale.ROOT);
      int valueStart = skipSpace(header, equals + 1);
      StringBuilder value = new StringBuilder();
      i = readValue(header, valueStart, value);
      if (key.equals("name")) {
        name = value.toString();
      } else if (key.equals("filename") || (key.equals("filename*") && fileName == null)) {
        fileName = value.toString();
      }
    }
    return new ContentDisposition(name, fileName);
  }

  /** Reads a token or quoted string into {@code value}; returns the index of the next ';'. */
  private static int readValue(String header, int start, StringBuilder value) {
    int i = start;
    if (i < header.length() && header.charAt(i) == '"') {
      for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
        char c = header.charAt(i);
        if (c == '\\' && i + 1 < header.length()) {
          c = header.charAt(++i);
        }
        value.append(c);
      }
      int next = header.indexOf(';', i);
      return next < 0 ? header.length() : next;
    }
    int next = header.indexOf(';', i);
    int end = next < 0 ? header.length() : next;
    value.append(header, i, end);
    int trimmed = value.length();
    while (trimmed > 0 && Character.isWhitespace(value.charAt(trimmed - 1))) {
      trimmed--;
    }
    value.setLength(trimmed);
    return end;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
