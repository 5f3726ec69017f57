package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** How a search field is stored and which operators make sense on it. */
public enum FieldType {
  /** Exact strings (at most 10,000 characters): =, ~ contains, ^ starts, $ ends, @ regex. */
  KEYWORD("keyword"),
  /** Analyzed free text: ~ matches words. */
  TEXT("text"),
  /** 32-bit integers: =, &gt;, &gt;=, &lt;, &lt;=. */
  INTEGER("integer"),
  /** 64-bit integers: =, &gt;, &gt;=, &lt;, &lt;=. */
  LONG("long"),
  /** Floating-point numbers: =, &gt;, &gt;=, &lt;, &lt;=. */
  DOUBLE("double"),
  /** ISO-8601 dates: =, &gt;, &gt;=, &lt;, &lt;=. */
  DATE("date"),
  /** true / false. */
  BOOLEAN("boolean"),
  /** Kept in the document for display but not indexed (e.g. json_dump); not searchable. */
  STORED("object");

  private final String elasticsearchType;

  FieldType(String elasticsearchType) {
    this.elasticsearchType = elasticsearchType;
  }

  /** True for numbers and dates, which take range operators and histograms. */
  public boolean isRange() {
    return this == INTEGER || this == LONG || this == DOUBLE || this == DATE;
  }

  public boolean isIndexed() {
    return this != STORED;
  }

  /** The Elasticsearch mapping used when the registry gives none. */
  ObjectNode defaultMapping() {
    ObjectNode mapping = JsonNodeFactory.instance.objectNode().put("type", elasticsearchType);
    if (this == STORED) {
      mapping.put("enabled", false);
    }
    return mapping;
  }

  static FieldType parse(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
