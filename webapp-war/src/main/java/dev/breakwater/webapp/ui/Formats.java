package dev.breakwater.webapp.ui;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the pages write values: times in UTC as ISO 8601 (one reader's "02/12" is another's "12/02";
 * every crash date is UTC), numbers with thousands separators. Used from the views as {@code
 * #{formats.time(value)}}.
 */
@Named("formats")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  /**
   * A date-time value as {@code 2026-12-02T02:52:26Z}; a value that is no date-time is returned as
   * it is (so that nothing the crash holds is hidden).
   */
  public String time(Object value) {
    String text = text(value);
    if (text.isEmpty()) {
      return "";
    }
    if (value instanceof JsonNode node && node.isIntegralNumber()) {
      // Crash reporters' CrashTime: seconds since the epoch.
      return Instant.ofEpochSecond(node.asLong()).atOffset(ZoneOffset.UTC).format(ISO_SECONDS);
    }
    try {
      return OffsetDateTime.parse(text.replace(' ', 'T'))
          .withOffsetSameInstant(ZoneOffset.UTC)
          .format(ISO_SECONDS);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  /** A number with thousands separators ({@code 1,234,567}); anything else as it is. */
  public String number(Object value) {
    if (value instanceof JsonNode node && node.isNumber()) {
      return node.isIntegralNumber()
          ? grouped(node.asLong())
          : NumberFormat.getNumberInstance(Locale.US).format(node.asDouble());
    }
    if (value instanceof Long || value instanceof Integer) {
      return grouped(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return NumberFormat.getNumberInstance(Locale.US).format(number.doubleValue());
    }
    String text = text(value);
    try {
      return grouped(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** A share as a percentage with two decimals ({@code 12.50 %}). */
  public String percent(long part, long whole) {
    if (whole <= 0) {
      return "";
    }
    return String.format(Locale.US, "%.2f %%", 100.0 * part / whole);
  }

  /** A duration in seconds, also in readable units ({@code 3,725 s (1 h 2 min)}). */
  public String seconds(Object value) {
    String number = number(value);
    long seconds;
    try {
      seconds = Long.parseLong(text(value));
    } catch (NumberFormatException e) {
      return number;
    }
    if (seconds < 60) {
      return number + " s";
    }
    long minutes = seconds / 60;
    String readable =
        minutes < 60
            ? minutes + " min"
            : minutes < 60 * 24
                ? (minutes / 60) + " h " + (minutes % 60) + " min"
                : (minutes / (60 * 24)) + " d " + (minutes / 60 % 24) + " h";
    return number + " s (" + readable + ")";
  }

  private static String grouped(long value) {
    return String.format(Locale.US, "%,d", value);
  }

  /** The text of a JSON or plain value; empty for null. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof JsonNode node) {
      return node.isNull() || node.isMissingNode()
          ? ""
          : node.isValueNode() ? node.asText() : node.toString();
    }
    return value.toString();
  }
}
