package dev.breakwater.jobs;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the job configuration: Socorro's short form ({@code 30s}, {@code 10m}, {@code 1h},
 * {@code 7d}) or ISO-8601 ({@code PT90M}).
 */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

  private Durations() {}

  /**
   * @throws IllegalArgumentException naming the value when it is neither form
   */
  public static Duration parse(String value) {
    String text = value.trim();
    Matcher m = SHORT.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a duration (30s, 10m, 1h, 7d or ISO-8601 such as PT90M)", e);
    }
  }
}
