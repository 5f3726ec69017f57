package dev.breakwater.webapp.search;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one search value as its field's data_validation_type says, as Socorro does. */
final class SearchValues {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final Set<String> TRUE_WORDS = Set.of("true", "t", "1", "y", "yes");

  private SearchValues() {}

  /**
   * The typed value of {@code text} for {@code field}: String, Long, Double, Boolean or Instant.
   *
   * @throws BadArgumentException {@code Bad value for parameter <name>: not a valid <type>}
   */
  static Object read(SearchField field, String text) {
    return switch (field.validationType()) {
      case STR, ENUM -> text;
      case INT -> integer(text).orElseThrow(() -> invalid(field));
      case FLOAT -> decimal(text).orElseThrow(() -> invalid(field));
      case DATETIME -> DateValues.parse(text).orElseThrow(() -> invalid(field));
      case BOOL -> TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
    };
  }

  /** A 64-bit integer the way Python's int() reads one (surrounding blanks, a sign). */
  static Optional<Long> integer(String text) {
    String trimmed = text.strip();
    if (!INTEGER.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    BigInteger number = new BigInteger(trimmed);
    // Elasticsearch's integer fields are at most 64 bits: a larger number cannot match anything
    // and would fail the whole query there.
    if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
      return Optional.empty();
    }
    return Optional.of(number.longValue());
  }

  /** A finite decimal number; not Java's extras (hex, d/f suffixes, NaN, Infinity). */
  static Optional<Double> decimal(String text) {
    String trimmed = text.strip();
    if (!DECIMAL.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    double number = Double.parseDouble(trimmed);
    return Double.isFinite(number) ? Optional.of(number) : Optional.empty();
  }

  static BadArgumentException invalid(SearchField field) {
    return new BadArgumentException(
        "Bad value for parameter "
            + field.name()
            + ": not a valid "
            + field.validationType().word());
  }
}
