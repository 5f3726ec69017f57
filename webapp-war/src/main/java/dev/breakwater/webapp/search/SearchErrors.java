package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Elasticsearch failures that are the query's fault, as the 400 answers Socorro gives: "Search
 * query timed out..." and "Search query is too complex...". Elasticsearch reports them as an error
 * tree ({@code root_cause}, {@code caused_by}, {@code failed_shards}), or, when only some shards
 * failed, in the answer's {@code _shards.failures}.
 */
final class SearchErrors {
  private SearchErrors() {}

  static BadArgumentException timedOut(Duration timeout) {
    return new BadArgumentException(
        "Search query timed out: it took longer than "
            + timeout.toMillis()
            + " ms. Search a shorter date range or add filters.");
  }

  /** Why the query is too complex, when {@code error} (any node of an error tree) says so. */
  static Optional<String> tooComplex(JsonNode error) {
    for (JsonNode cause : causes(error)) {
      String type = cause.path("type").asText("");
      String reason = cause.path("reason").asText("").toLowerCase(Locale.ROOT);
      if (type.equals("too_complex_to_determinize_exception")
          || reason.contains("determiniz")
          || reason.contains("max_regex_length")
          || reason.contains("length of regex")) {
        return Optional.of("a regular expression or wildcard is too long or too complex");
      }
      if (type.startsWith("too_many_nested_clauses")
          || type.equals("too_many_clauses")
          || reason.contains("maxclausecount")
          || reason.contains("too many nested clauses")) {
        return Optional.of("it has too many clauses");
      }
      if (type.equals("too_many_buckets_exception")) {
        return Optional.of(
            "its aggregations make too many buckets; lower _facets_size or widen the intervals");
      }
    }
    return Optional.empty();
  }

  static BadArgumentException tooComplex(String why) {
    return new BadArgumentException("Search query is too complex: " + why + ".");
  }

  /** The first reason of an error tree, for an answer that says what Elasticsearch refused. */
  static String firstReason(JsonNode error) {
    for (JsonNode cause : causes(error)) {
      JsonNode rootCauses = cause.path("root_cause");
      if (rootCauses.size() > 0 && rootCauses.get(0).hasNonNull("reason")) {
        return rootCauses.get(0).path("reason").asText();
      }
      if (cause.hasNonNull("reason")) {
        return cause.path("reason").asText();
      }
    }
    return "unknown error";
  }

  /** Every node of an error tree, depth first, the error itself first. */
  static List<JsonNode> causes(JsonNode error) {
    List<JsonNode> causes = new ArrayList<>();
    collect(error, causes, 0);
    return causes;
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || !node.isObject() || depth > 20) {
      return;
    }
    into.add(node);
    node.path("root_cause").forEach(c -> collect(c, into, depth + 1));
    collect(node.get("caused_by"), into, depth + 1);
    node.path("failed_shards").forEach(s -> collect(s.get("reason"), into, depth + 1));
  }
}
