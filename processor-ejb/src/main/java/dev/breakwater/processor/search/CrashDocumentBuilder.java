package dev.breakwater.processor.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.processor.pipeline.Pipeline;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Builds the search document of a processed crash from the search-field registry. Values are made
 * to fit their field's mapping before Elasticsearch sees them: keywords longer than 10,000
 * characters and texts longer than 32,766 UTF-8 bytes are truncated ({@code truncated_fields}),
 * values of the wrong type are dropped ({@code removed_fields}). A crash is never refused for its
 * content.
 */
public final class CrashDocumentBuilder {
  /** Longest keyword kept, in characters. */
  public static final int MAX_KEYWORD_LENGTH = 10_000;

  /** Longest text kept, in UTF-8 bytes (Lucene's limit on one term). */
  public static final int MAX_TEXT_BYTES = 32_766;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SearchFields fields;

  public CrashDocumentBuilder(SearchFields fields) {
    this.fields = fields;
  }

  /**
   * @throws IllegalArgumentException if the processed crash has no crash ID or no valid {@code
   *     date_processed}: it cannot be placed in an index (the pipeline always sets both)
   */
  public CrashDocument build(ObjectNode processedCrash) {
    String crashId = processedCrash.path("crash_id").asText("");
    if (crashId.isEmpty()) {
      throw new IllegalArgumentException("processed crash has no crash_id");
    }
    Instant dateProcessed = parseDate(processedCrash.path("date_processed").asText(""));
    if (dateProcessed == null) {
      throw new IllegalArgumentException(
          "processed crash " + crashId + " has no valid date_processed");
    }
    CrashDocument document = new CrashDocument(crashId, dateProcessed, NODES.objectNode());
    for (SearchField field : fields.all().values()) {
      JsonNode value = valueAt(processedCrash, field);
      if (value != null) {
        JsonNode fitted = ValueFitting.fit(value, field.type(), field.name(), document);
        if (fitted != null) {
          document.source().set(field.name(), fitted);
        } else {
          document.noteRemoved(field.name());
        }
      }
    }
    return document;
  }

  private static JsonNode valueAt(ObjectNode processedCrash, SearchField field) {
    if (field.sourcePath().isEmpty()) {
      return null;
    }
    JsonNode node = processedCrash;
    for (String key : field.sourcePath()) {
      node = node.path(key);
    }
    return node.isMissingNode() || node.isNull() ? null : node;
  }

  static Instant parseDate(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Formats a date the way the processor writes every date. */
  static String formatDate(Instant instant) {
    return Pipeline.format(instant);
  }
}
