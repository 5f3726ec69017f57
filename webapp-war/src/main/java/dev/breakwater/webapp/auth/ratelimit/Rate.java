package dev.breakwater.webapp.auth.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request rate in Socorro's notation (django-ratelimit's): {@code 100/m} is 100 requests a
 * minute; the period is {@code s}, {@code m}, {@code h} or {@code d}.
 */
public record Rate(long requests, Duration period) {
  private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*/\\s*([smhd])\\s*");

  public Rate {
    if (requests < 1) {
      throw new IllegalArgumentException("a rate allows at least 1 request, got " + requests);
    }
  }

  /**
   * @throws IllegalArgumentException for anything but {@code <count>/<s|m|h|d>}
   */
  public static Rate parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a rate is <count>/<s|m|h|d>, for example 100/m; got '" + text + "'");
    }
    Duration period =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(1);
          case "m" -> Duration.ofMinutes(1);
          case "h" -> Duration.ofHours(1);
          default -> Duration.ofDays(1);
        };
    return new Rate(Long.parseLong(m.group(1)), period);
  }

  @Override
  public String toString() {
    String unit =
        period.equals(Duration.ofSeconds(1))
            ? "s"
            : period.equals(Duration.ofMinutes(1))
                ? "m"
                : period.equals(Duration.ofHours(1)) ? "h" : "d";
    return requests + "/" + unit;
  }
}
