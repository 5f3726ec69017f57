package dev.breakwater.crash.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Socorro's {@code data_validation_type}: how a search value is read and which operators it may
 * start with (../shared/socorro-api.md §5.1). Each goes with one {@code query_type}, the word the
 * search form uses to pick its widgets.
 */
public enum ValidationType {
  /** Strings: = exact, ~ contains, ^ starts, $ ends, @ regex, __null__, or words matched. */
  STR("string", Set.of(FieldType.KEYWORD, FieldType.TEXT)),
  /** Strings from a short list (product, version, platform): no string operators. */
  ENUM("enum", Set.of(FieldType.KEYWORD, FieldType.TEXT)),
  /** Integers: &gt;, &gt;=, &lt;, &lt;=, __null__, or equal. */
  INT("integer", Set.of(FieldType.INTEGER, FieldType.LONG)),
  /** Floating-point numbers: as {@link #INT}. */
  FLOAT("float", Set.of(FieldType.DOUBLE)),
  /** Dates: &gt;, &gt;=, &lt;, &lt;=, __null__. */
  DATETIME("date", Set.of(FieldType.DATE)),
  /** Booleans: __true__, __null__, or a truthy word. */
  BOOL("bool", Set.of(FieldType.BOOLEAN));

  private final String queryType;
  private final Set<FieldType> storageTypes;

  ValidationType(String queryType, Set<FieldType> storageTypes) {
    this.queryType = queryType;
    this.storageTypes = storageTypes;
  }

  /** The registry's and the API's spelling, e.g. {@code datetime}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Socorro's {@code query_type} for fields of this validation type. */
  public String queryType() {
    return queryType;
  }

  /** Whether values of this type can be stored as {@code type}. */
  public boolean fits(FieldType type) {
    return storageTypes.contains(type);
  }

  /** True for numbers and dates: range operators and histograms. */
  public boolean isRange() {
    return this == INT || this == FLOAT || this == DATETIME;
  }

  /**
   * @throws IllegalArgumentException for a word that names no validation type
   */
  static ValidationType parse(String word) {
    return Arrays.stream(values())
        .filter(v -> v.word().equals(word))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown data_validation_type '" + word + "'"));
  }
}
