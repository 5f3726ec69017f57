package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The aggregations of a search by name, and the size of every terms level ({@code _facets_size}).
 * Names are shared: {@code _facets=signature} and {@code _aggs.signature} both write {@code
 * signature}, and the {@code _aggs} one, added later, wins, as in Socorro.
 */
record Aggregations(int size, Map<String, Aggregation> byName) {

  Aggregations {
    byName = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byName));
  }

  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** The request's {@code aggs}. */
  ObjectNode request() {
    ObjectNode aggs = JsonNodeFactory.instance.objectNode();
    byName.forEach((name, aggregation) -> aggs.set(name, aggregation.request(size)));
    return aggs;
  }

  /** The answer's {@code facets} from Elasticsearch's {@code aggregations}. */
  ObjectNode facets(JsonNode aggregations) {
    ObjectNode facets = JsonNodeFactory.instance.objectNode();
    byName.forEach(
        (name, aggregation) -> facets.set(name, aggregation.facet(aggregations.path(name))));
    return facets;
  }
}
