package dev.breakwater.crash.search;

import java.util.Locale;

/**
 * How a search field is stored in the crash indices: the {@code type} of its storage mapping. The
 * indexer makes each value fit it; the query layer picks operators by {@link ValidationType}.
 */
public enum FieldType {
  /** One exact string of at most 10,000 characters (ids, versions, names). */
  KEYWORD,
  /** Analyzed free text, matched by words; a {@code full} keyword sub-field keeps it whole. */
  TEXT,
  /** 32-bit integer. */
  INTEGER,
  /** 64-bit integer. */
  LONG,
  /** Floating-point number. */
  DOUBLE,
  /** ISO-8601 date and time. */
  DATE,
  /** true / false. */
  BOOLEAN;

  /** The Elasticsearch mapping type, e.g. {@code keyword}. */
  public String elasticsearchType() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads an Elasticsearch mapping type the registry may use.
   *
   * @throws IllegalArgumentException for any other type
   */
  static FieldType parse(String elasticsearchType) {
    try {
      return valueOf(elasticsearchType.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unsupported storage type '" + elasticsearchType + "'", e);
    }
  }
}
