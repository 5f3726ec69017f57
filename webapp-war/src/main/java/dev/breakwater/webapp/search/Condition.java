package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tree of Elasticsearch queries joined by AND and OR, built by folding a field's clauses one at a
 * time. Joining an AND with another part adds to it rather than nesting ({@code (a AND b) AND c} is
 * {@code a AND b AND c}), which keeps the tree as shallow as the fold allows.
 */
sealed interface Condition {
  JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The Elasticsearch query. */
  ObjectNode json();

  /** How many bool queries deep the query nests. */
  int depth();

  default Condition and(Condition other) {
    return new All(joined(this instanceof All all ? all.parts() : List.of(this), other));
  }

  default Condition or(Condition other) {
    return new Any(joined(this instanceof Any any ? any.parts() : List.of(this), other));
  }

  private static List<Condition> joined(List<Condition> parts, Condition other) {
    List<Condition> joined = new ArrayList<>(parts);
    joined.add(other);
    return joined;
  }

  /** One query. */
  record Leaf(ObjectNode json) implements Condition {
    @Override
    public int depth() {
      return json.has("bool") ? 1 : 0;
    }
  }

  /** Every part matches: a bool filter (no scoring, cacheable). */
  record All(List<Condition> parts) implements Condition {
    @Override
    public ObjectNode json() {
      ObjectNode query = NODES.objectNode();
      ArrayNode filter = query.putObject("bool").putArray("filter");
      parts.forEach(p -> filter.add(p.json()));
      return query;
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Condition::depth).max().orElse(0);
    }
  }

  /** At least one part matches. */
  record Any(List<Condition> parts) implements Condition {
    @Override
    public ObjectNode json() {
      ObjectNode query = NODES.objectNode();
      ObjectNode bool = query.putObject("bool");
      ArrayNode should = bool.putArray("should");
      parts.forEach(p -> should.add(p.json()));
      bool.put("minimum_should_match", 1);
      return query;
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Condition::depth).max().orElse(0);
    }
  }
}
