package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.ValidationType;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bucket width of a histogram ({@code _histogram_interval.<field>}): for dates a calendar unit
 * ({@code day}, the default, {@code 1d}, {@code week}, {@code month}, {@code hour}, ...) or a fixed
 * length ({@code 6h}, {@code 2d}); for numbers a positive number (default 1).
 *
 * @param parameter the Elasticsearch parameter: calendar_interval, fixed_interval or interval
 */
record HistogramInterval(String parameter, JsonNode value) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Set<String> CALENDAR_UNITS =
      Set.of(
          "minute", "1m", "hour", "1h", "day", "1d", "week", "1w", "month", "1M", "quarter", "1q",
          "year", "1y");

  /**
   * Multiples of a unit are fixed lengths in Elasticsearch (calendar units do not multiply: "2d" as
   * a calendar interval fails the search). Socorro passes them on and fails; we send them as the
   * fixed lengths they mean.
   */
  private static final Pattern FIXED = Pattern.compile("[1-9]\\d{0,5}(ms|s|m|h|d)");

  /** The histogram interval parameter's name for {@code field}. */
  static String parameterName(SearchField field) {
    return "_histogram_interval." + field.name();
  }

  /**
   * The interval {@code text} names for {@code field}, or its default when {@code text} is null.
   *
   * @throws BadArgumentException for a unit or number that makes no buckets
   * @throws InvalidFormException for a number that is not one
   */
  static HistogramInterval of(SearchField field, String text) {
    String name = parameterName(field);
    if (field.validationType() == ValidationType.DATETIME) {
      String unit = text == null ? "day" : text.strip();
      if (CALENDAR_UNITS.contains(unit)) {
        return new HistogramInterval("calendar_interval", NODES.textNode(unit));
      }
      if (FIXED.matcher(unit).matches()) {
        return new HistogramInterval("fixed_interval", NODES.textNode(unit));
      }
      throw BadArgumentException.parameter(name);
    }
    double width;
    if (text == null) {
      width = 1;
    } else if (field.validationType() == ValidationType.INT) {
      width = MetaValues.wholeNumber(name, text).orElse(1L);
    } else {
      width = MetaValues.number(name, text).orElse(1.0);
    }
    if (!(width > 0)) {
      throw BadArgumentException.parameter(name);
    }
    return new HistogramInterval(
        "interval",
        field.validationType() == ValidationType.INT
            ? NODES.numberNode((long) width)
            : NODES.numberNode(width));
  }

  /** Adds this interval to a histogram aggregation's body. */
  void addTo(ObjectNode histogram) {
    histogram.set(parameter, value);
  }
}
