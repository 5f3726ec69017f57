package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shapes Elasticsearch's answer as Socorro's SuperSearch answers (../shared/socorro-api.md §5.1
 * "Response"): {@code hits} with exactly the requested columns, {@code total}, {@code facets},
 * {@code errors}. Hits are not redacted here.
 */
final class SearchResults {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SearchResults() {}

  /**
   * The answer for {@code response}; weekly indices that do not exist are listed in {@code errors},
   * not failed on.
   *
   * @throws dev.breakwater.webapp.api.BadArgumentException when the search timed out or some shard
   *     found it too complex: partial results would be silently wrong counts
   */
  static ObjectNode of(
      JsonNode response, CrashQuery query, List<String> missingIndices, Duration timeout) {
    if (response.path("timed_out").asBoolean(false)) {
      throw SearchErrors.timedOut(timeout);
    }
    JsonNode failures = response.path("_shards").path("failures");
    for (JsonNode failure : failures) {
      SearchErrors.tooComplex(failure.path("reason"))
          .ifPresent(
              why -> {
                throw SearchErrors.tooComplex(why);
              });
    }
    ObjectNode answer = NODES.objectNode();
    ArrayNode hits = answer.putArray("hits");
    response.path("hits").path("hits").forEach(h -> hits.add(hit(h.path("_source"), query)));
    answer.put("total", response.path("hits").path("total").path("value").asLong());
    answer.set(
        "facets",
        query.aggregations().isEmpty()
            ? NODES.objectNode()
            : query.aggregations().facets(response.path("aggregations")));
    ArrayNode errors = missing(answer, missingIndices);
    Map<String, Integer> failedShards = new TreeMap<>();
    failures.forEach(f -> failedShards.merge(f.path("index").asText(), 1, Integer::sum));
    failedShards.forEach(
        (index, count) ->
            errors
                .addObject()
                .put("type", "shards")
                .put("index", index)
                .put("shards_count", count));
    return answer;
  }

  /** The answer when none of the searched weeks has an index: nothing found, each one listed. */
  static ObjectNode empty(List<String> missingIndices) {
    ObjectNode answer = NODES.objectNode();
    answer.putArray("hits");
    answer.put("total", 0);
    answer.putObject("facets");
    missing(answer, missingIndices);
    return answer;
  }

  private static ArrayNode missing(ObjectNode answer, List<String> missingIndices) {
    ArrayNode errors = answer.putArray("errors");
    missingIndices.forEach(i -> errors.addObject().put("type", "missing_index").put("index", i));
    return errors;
  }

  /**
   * Exactly the columns, in their order: a missing value is null, a list of one value is that
   * value, an empty list is null.
   */
  static ObjectNode hit(JsonNode source, CrashQuery query) {
    ObjectNode hit = NODES.objectNode();
    for (SearchField column : query.results().columns()) {
      JsonNode value = source.path(column.name());
      if (value.isArray() && value.size() <= 1) {
        value = value.size() == 0 ? NODES.nullNode() : value.get(0);
      }
      hit.set(column.name(), value.isMissingNode() ? NODES.nullNode() : value);
    }
    return hit;
  }
}
