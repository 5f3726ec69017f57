package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Where crash searches run: Elasticsearch, or a recording fake in tests. */
public interface CrashSearchEngine {

  /** The names of the existing indices {@code pattern} matches ({@code breakwater_crashes_*}). */
  Set<String> existingIndices(String pattern) throws IOException;

  /**
   * Runs one search.
   *
   * @return Elasticsearch's answer
   * @throws dev.breakwater.webapp.api.BadArgumentException when the search timed out or is too
   *     complex, or Elasticsearch refused the query
   * @throws IOException when Elasticsearch cannot be reached
   */
  JsonNode search(List<String> indices, ObjectNode body, Duration timeout) throws IOException;
}
