package dev.breakwater.webapp.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.webapp.search.CrashSearchEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks every bucket of a composite aggregation over the crash indices, a page at a time, so that a
 * job sees all signatures or versions of a period however many there are.
 */
final class CompositeBuckets {
  static final Duration TIMEOUT = Duration.ofMinutes(2);
  static final int PAGE = 1000;

  private final CrashSearchEngine engine;
  private final CrashIndices indices;

  CompositeBuckets(CrashSearchEngine engine, CrashIndices indices) {
    this.engine = engine;
    this.indices = indices;
  }

  /**
   * Runs {@code body} (a search whose aggregation {@code name} is composite) page after page and
   * hands each bucket to {@code bucket}.
   */
  void forEach(ObjectNode body, String name, Consumer<JsonNode> bucket) throws IOException {
    ObjectNode composite = (ObjectNode) body.path("aggs").path(name).path("composite");
    composite.put("size", PAGE);
    while (true) {
      JsonNode answer =
          engine.search(List.of(indices.wildcard()), body, TIMEOUT).path("aggregations").path(name);
      answer.path("buckets").forEach(bucket);
      JsonNode after = answer.path("after_key");
      if (after.isMissingNode() || answer.path("buckets").size() < PAGE) {
        return;
      }
      composite.set("after", after);
    }
  }
}
