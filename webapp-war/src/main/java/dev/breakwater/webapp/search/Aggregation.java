package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.FieldType;
import dev.breakwater.crash.search.SearchField;
import java.util.List;

/**
 * One aggregation a search asks for ({@code _facets}, {@code _aggs.*}, {@code _histogram.*} and
 * their values), with how it is requested from Elasticsearch and how its result is shaped for
 * Socorro's clients: a list of {@code {"term", "count"[, "facets"]}} buckets, or {@code {"value"}}
 * for a cardinality.
 */
sealed interface Aggregation {
  JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Dates in buckets as Socorro's clients read them: {@code 2024-10-01T00:00:00Z} (Elasticsearch's
   * own format would add milliseconds).
   */
  String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX";

  /** Its key in the request's aggregations and in the answer's {@code facets}. */
  String name();

  /** The Elasticsearch aggregation; {@code size} is the number of buckets of every terms level. */
  ObjectNode request(int size);

  /** Socorro's shape of the Elasticsearch result of this aggregation. */
  JsonNode facet(JsonNode result);

  /** Terms of a field: its most frequent values, most frequent first. */
  record Terms(SearchField field, List<Aggregation> children) implements Aggregation {
    @Override
    public String name() {
      return field.name();
    }

    @Override
    public ObjectNode request(int size) {
      ObjectNode aggregation = NODES.objectNode();
      ObjectNode terms =
          aggregation.putObject("terms").put("field", field.wholeValueKey()).put("size", size);
      if (field.type() == FieldType.DATE) {
        terms.put("format", DATE_FORMAT);
      }
      return withChildren(aggregation, children, size);
    }

    @Override
    public JsonNode facet(JsonNode result) {
      return buckets(result, children, this::term);
    }

    /** Socorro shows booleans as T and F. */
    private JsonNode term(JsonNode bucket) {
      if (field.type() == FieldType.BOOLEAN) {
        return NODES.textNode("true".equals(bucket.path("key_as_string").asText()) ? "T" : "F");
      }
      return bucket.has("key_as_string") ? bucket.get("key_as_string") : bucket.get("key");
    }
  }

  /** Counts by bucket of a date or number; the term is the bucket's lower bound. */
  record Histogram(SearchField field, HistogramInterval interval, List<Aggregation> children)
      implements Aggregation {
    @Override
    public String name() {
      return "histogram_" + field.name();
    }

    @Override
    public ObjectNode request(int size) {
      ObjectNode aggregation = NODES.objectNode();
      boolean date = field.type() == FieldType.DATE;
      ObjectNode histogram = aggregation.putObject(date ? "date_histogram" : "histogram");
      histogram.put("field", field.name());
      interval.addTo(histogram);
      // Socorro's answers leave out empty buckets.
      histogram.put("min_doc_count", 1);
      if (date) {
        histogram.put("format", DATE_FORMAT);
      }
      return withChildren(aggregation, children, size);
    }

    @Override
    public JsonNode facet(JsonNode result) {
      return buckets(
          result,
          children,
          bucket -> bucket.has("key_as_string") ? bucket.get("key_as_string") : bucket.get("key"));
    }
  }

  /** An estimate of the number of distinct values (e.g. installations: install_time). */
  record Cardinality(SearchField field) implements Aggregation {
    @Override
    public String name() {
      return "cardinality_" + field.name();
    }

    @Override
    public ObjectNode request(int size) {
      ObjectNode aggregation = NODES.objectNode();
      aggregation.putObject("cardinality").put("field", field.wholeValueKey());
      return aggregation;
    }

    @Override
    public JsonNode facet(JsonNode result) {
      return NODES.objectNode().put("value", result.path("value").asLong());
    }
  }

  private static ObjectNode withChildren(
      ObjectNode aggregation, List<Aggregation> children, int size) {
    if (!children.isEmpty()) {
      ObjectNode aggs = aggregation.putObject("aggs");
      children.forEach(c -> aggs.set(c.name(), c.request(size)));
    }
    return aggregation;
  }

  private static ArrayNode buckets(
      JsonNode result,
      List<Aggregation> children,
      java.util.function.Function<JsonNode, JsonNode> term) {
    ArrayNode buckets = NODES.arrayNode();
    for (JsonNode bucket : result.path("buckets")) {
      ObjectNode shaped = buckets.addObject();
      shaped.set("term", term.apply(bucket));
      shaped.put("count", bucket.path("doc_count").asLong());
      if (!children.isEmpty()) {
        ObjectNode facets = shaped.putObject("facets");
        children.forEach(c -> facets.set(c.name(), c.facet(bucket.path(c.name()))));
      }
    }
    return buckets;
  }
}
