package dev.breakwater.webapp.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the typed meta parameters ({@code _results_number}, {@code _histogram_interval.uptime},
 * ...) as the Django form fields of Socorro's API do: blanks around the value are ignored, an empty
 * value is no value, and {@code 5.0} is the whole number 5.
 */
final class MetaValues {
  private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.0*$");

  private MetaValues() {}

  /**
   * A whole number, or empty for an empty value. Numbers too large for a long are kept at its
   * limit: every parameter refuses them as too large, with its own message.
   *
   * @throws InvalidFormException "Enter a whole number."
   */
  static Optional<Long> wholeNumber(String parameter, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = TRAILING_ZEROS.matcher(text.strip()).replaceFirst("");
    if (!trimmed.matches("[+-]?\\d+")) {
      throw new InvalidFormException(parameter, "Enter a whole number.");
    }
    return Optional.of(
        SearchValues.integer(trimmed)
            .orElse(trimmed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE));
  }

  /**
   * A finite number, or empty for an empty value.
   *
   * @throws InvalidFormException "Enter a number."
   */
  static Optional<Double> number(String parameter, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        SearchValues.decimal(text)
            .orElseThrow(() -> new InvalidFormException(parameter, "Enter a number.")));
  }
}
