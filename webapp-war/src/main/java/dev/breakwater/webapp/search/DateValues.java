package dev.breakwater.webapp.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way Socorro's {@code string_to_datetime} does: {@code YYYY-MM-DD}, or a date and
 * a time separated by {@code T} or a space, with optional seconds, fraction and zone ({@code Z},
 * {@code ±HH:MM}, {@code ±HHMM}, {@code ±HH}); no zone means UTC.
 */
final class DateValues {
  /**
   * Folklore: a {@code +} sent unencoded in a query string decodes to a space, so {@code
   * 2024-10-01T10:00:00+02:00} arrives as {@code ...10:00:00 02:00}. Socorro reads that as 10:00
   * UTC, dropping the offset without a word, and existing links depend on it: so do we.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
              + "(Z|[+-]\\d{2}(?::?\\d{2})?| \\d{2}(?::?\\d{2})?)?");

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private DateValues() {}

  /** The instant {@code text} names, or empty when it is not a date Socorro would read. */
  static Optional<Instant> parse(String text) {
    try {
      Matcher date = DATE.matcher(text);
      if (date.matches()) {
        return Optional.of(day(date).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      Matcher dateTime = DATE_TIME.matcher(text);
      if (!dateTime.matches()) {
        return Optional.empty();
      }
      LocalDateTime local = LocalDateTime.of(day(dateTime), time(dateTime));
      return Optional.of(local.toInstant(offset(dateTime.group(8))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // 2024-02-30, 25:00, +19:00 ...
    }
  }

  private static LocalDate day(Matcher m) {
    return LocalDate.of(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static LocalTime time(Matcher m) {
    int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    String fraction = m.group(7) == null ? "0" : m.group(7);
    int nanos = Integer.parseInt((fraction + "00000000").substring(0, 9));
    return LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds, nanos);
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z") || zone.startsWith(" ")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
    int sign = zone.startsWith("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
