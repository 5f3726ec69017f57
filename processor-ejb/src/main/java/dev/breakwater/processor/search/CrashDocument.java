package dev.breakwater.processor.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The document indexed for one processed crash.
 *
 * @param crashId the document id: indexing the same crash again replaces its document
 * @param dateProcessed decides the weekly index
 * @param source the fields of the search-field registry, fixed to fit their mapping
 */
public record CrashDocument(String crashId, Instant dateProcessed, ObjectNode source) {

  /** Records that a field was dropped, in {@code removed_fields} (space-separated). */
  public void noteRemoved(String field) {
    append("removed_fields", field);
  }

  /** Records that a field was shortened, in {@code truncated_fields} (space-separated). */
  public void noteTruncated(String field) {
    append("truncated_fields", field);
  }

  private void append(String key, String field) {
    String existing = source.path(key).asText("");
    source.put(key, existing.isEmpty() ? field : existing + " " + field);
  }
}
