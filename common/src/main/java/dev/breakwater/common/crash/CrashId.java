package dev.breakwater.common.crash;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Crash IDs as Breakpad clients, Socorro and Antenna know them.
 *
 * <p>A crash ID is a random UUID whose last seven hex digits are replaced by the throttle digit and
 * the UTC submission date {@code yymmdd}:
 *
 * <pre>
 *   de1bb258-cbbf-4589-a673-34f800160918
 *                                ^^^^^^^
 *                                ||____|
 *                                |  yymmdd (2016-09-18)
 *                                throttle digit (0 accept, 1 defer)
 * </pre>
 *
 * The date makes storage keys partitionable by day without an index; the digit records the
 * collector's throttle decision for the life of the crash.
 */
public final class CrashId {

  /** The validation pattern every component applies to crash IDs from outside. */
  public static final Pattern PATTERN =
      Pattern.compile("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6}$");

  /** Throttle digit of a crash that was accepted for processing. */
  public static final int ACCEPT = 0;

  /** Throttle digit of a crash that was stored but not queued for processing. */
  public static final int DEFER = 1;

  private static final int ID_LENGTH = 36;

  private CrashId() {}

  /**
   * Creates a new crash ID.
   *
   * @param submitted the UTC date the crash arrived
   * @param throttleDigit {@link #ACCEPT} or {@link #DEFER}
   */
  public static String create(LocalDate submitted, int throttleDigit) {
    if (throttleDigit != ACCEPT && throttleDigit != DEFER) {
      throw new IllegalArgumentException("throttle digit must be 0 or 1: " + throttleDigit);
    }
    String uuid = UUID.randomUUID().toString();
    return uuid.substring(0, ID_LENGTH - 7)
        + throttleDigit
        + twoDigits(submitted.getYear() % 100)
        + twoDigits(submitted.getMonthValue())
        + twoDigits(submitted.getDayOfMonth());
  }

  /**
   * Whether {@code value} is a well-formed crash ID whose date part is a real calendar date.
   * Storage keys are derived from the date, so an ID with {@code 991399} as its date is refused.
   */
  public static boolean isValid(String value) {
    if (value == null || value.length() != ID_LENGTH || !PATTERN.matcher(value).matches()) {
      return false;
    }
    try {
      dateOf(value);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The submission date encoded in a crash ID (years 2000–2099). */
  public static LocalDate dateOf(String crashId) {
    int n = crashId.length();
    int yy = Integer.parseInt(crashId.substring(n - 6, n - 4));
    int mm = Integer.parseInt(crashId.substring(n - 4, n - 2));
    int dd = Integer.parseInt(crashId.substring(n - 2));
    return LocalDate.of(2000 + yy, mm, dd);
  }

  /** The date part as {@code yyyymmdd}, as used in raw crash storage keys. */
  public static String dateKeyOf(String crashId) {
    return "20" + crashId.substring(crashId.length() - 6);
  }

  /** The throttle digit of a crash ID (0 accept, 1 defer; other digits from old collectors). */
  public static int throttleDigitOf(String crashId) {
    return Character.digit(crashId.charAt(crashId.length() - 7), 10);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
