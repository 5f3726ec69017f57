package dev.breakwater.webapp.search;

import dev.breakwater.webapp.api.BadArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one search as sent: each key with its values in order (lists are repeated keys;
 * a comma is part of a value). Hostile input stops here: NUL characters, more values than any
 * search needs, values longer than anything indexed.
 */
final class SearchParameters {
  /** Most values of one parameter: more than any form or script sends, far below a flood. */
  static final int MAX_VALUES_PER_PARAMETER = 100;

  /** Most values of all parameters together, which bounds the clauses of the query. */
  static final int MAX_VALUES = 1_000;

  /** Longest value: keywords are indexed up to 10,000 characters, so no longer one can match. */
  static final int MAX_VALUE_LENGTH = 10_000;

  private final Map<String, List<String>> values;

  private SearchParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Checks and keeps the parameters.
   *
   * @throws InvalidFormException for a NUL character (Django's "Null characters are not allowed.")
   * @throws BadArgumentException for too many or too long values
   */
  static SearchParameters of(Map<String, List<String>> parameters) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    int total = 0;
    for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
      String key = entry.getKey();
      List<String> list = entry.getValue() == null ? List.of() : entry.getValue();
      check(key, list);
      total += list.size();
      if (total > MAX_VALUES) {
        throw new BadArgumentException("Too many parameter values (at most " + MAX_VALUES + ")");
      }
      kept.put(key, List.copyOf(list));
    }
    return new SearchParameters(kept);
  }

  private static void check(String key, List<String> list) {
    if (key.indexOf('\0') >= 0 || list.stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
      throw new InvalidFormException(key.replace("\0", ""), "Null characters are not allowed.");
    }
    if (list.size() > MAX_VALUES_PER_PARAMETER) {
      throw new BadArgumentException(
          "Too many values for parameter " + key + " (at most " + MAX_VALUES_PER_PARAMETER + ")");
    }
    for (String value : list) {
      if (value.length() > MAX_VALUE_LENGTH) {
        throw new BadArgumentException(
            "Bad value for parameter " + key + ": longer than " + MAX_VALUE_LENGTH + " characters");
      }
    }
  }

  /** The values of {@code key}, empty when it was not sent. */
  List<String> values(String key) {
    return values.getOrDefault(key, List.of());
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** The last value of {@code key}: a single-valued form field reads the last one sent. */
  Optional<String> last(String key) {
    List<String> list = values(key);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  Set<String> keys() {
    return values.keySet();
  }
}
