package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Elasticsearch query of each clause, and the fold that joins a field's clauses (Socorro's
 * {@code SuperSearch.get}). Plain values are {@code match} queries, analyzed like the field: never
 * {@code query_string}, so Lucene syntax in a value is just text.
 */
final class ClauseQueries {
  /**
   * Bounds the work of turning a regular expression (or a wildcard) into an automaton; a more
   * complex one fails as "too complex" instead of holding a search thread. Lucene's default, stated
   * so that an Elasticsearch upgrade cannot raise it silently.
   */
  static final int MAX_DETERMINIZED_STATES = 10_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClauseQueries() {}

  /**
   * The clauses folded left to right: a range clause joins what came before with AND, any other
   * with OR. So {@code uptime=<60&uptime=__null__} is (&lt;60 OR missing) while {@code
   * uptime=__null__&uptime=<60} is (missing AND &lt;60), as in Socorro.
   */
  static Condition fold(List<FilterClause> clauses) {
    Condition folded = null;
    for (FilterClause clause : clauses) {
      Condition next = new Condition.Leaf(query(clause));
      if (folded == null) {
        folded = next;
      } else {
        folded = clause.operator().isRange() ? folded.and(next) : folded.or(next);
      }
    }
    return folded;
  }

  /** The query of one clause, negated with must_not when it starts with {@code !}. */
  static ObjectNode query(FilterClause clause) {
    if (clause.operator() == Operator.NULL) {
      ObjectNode exists = exists(clause.field().name());
      return clause.negated() ? exists : not(exists);
    }
    ObjectNode query = positive(clause);
    return clause.negated() ? not(query) : query;
  }

  private static ObjectNode positive(FilterClause clause) {
    SearchField field = clause.field();
    String whole = field.wholeValueKey();
    return switch (clause.operator()) {
      case MATCH -> match(field.name(), clause.values());
      case EXACT -> leaf("term", whole, value(clause.value()));
      case CONTAINS -> wildcard(whole, "*" + clause.value() + "*");
      case STARTS_WITH -> wildcard(whole, clause.value() + "*");
      case ENDS_WITH -> wildcard(whole, "*" + clause.value());
      case REGEX -> regexp(whole, (String) clause.value());
      case GREATER -> range(field.name(), "gt", clause.value());
      case GREATER_OR_EQUAL -> range(field.name(), "gte", clause.value());
      case LESS -> range(field.name(), "lt", clause.value());
      case LESS_OR_EQUAL -> range(field.name(), "lte", clause.value());
      case TRUE -> leaf("term", field.name(), NODES.booleanNode(true));
      case NULL -> throw new IllegalStateException("handled by query()");
    };
  }

  /** One value: a match; several: any of their matches. */
  private static ObjectNode match(String key, List<Object> values) {
    if (values.size() == 1) {
      return leaf("match", key, value(values.get(0)));
    }
    ObjectNode query = NODES.objectNode();
    ObjectNode bool = query.putObject("bool");
    values.forEach(v -> bool.withArray("should").add(leaf("match", key, value(v))));
    bool.put("minimum_should_match", 1);
    return query;
  }

  private static ObjectNode wildcard(String key, String pattern) {
    ObjectNode query = NODES.objectNode();
    query.putObject("wildcard").putObject(key).put("value", pattern);
    return query;
  }

  private static ObjectNode regexp(String key, String pattern) {
    ObjectNode query = NODES.objectNode();
    query
        .putObject("regexp")
        .putObject(key)
        .put("value", pattern)
        .put("max_determinized_states", MAX_DETERMINIZED_STATES);
    return query;
  }

  private static ObjectNode range(String key, String bound, Object value) {
    ObjectNode query = NODES.objectNode();
    query.putObject("range").putObject(key).set(bound, value(value));
    return query;
  }

  private static ObjectNode exists(String key) {
    ObjectNode query = NODES.objectNode();
    query.putObject("exists").put("field", key);
    return query;
  }

  static ObjectNode not(ObjectNode query) {
    ObjectNode not = NODES.objectNode();
    not.putObject("bool").putArray("must_not").add(query);
    return not;
  }

  private static ObjectNode leaf(String type, String key, JsonNode value) {
    ObjectNode query = NODES.objectNode();
    query.putObject(type).set(key, value);
    return query;
  }

  /** A typed value as JSON; instants in ISO-8601 UTC, which every date mapping reads. */
  static JsonNode value(Object value) {
    if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Double number) {
      return NODES.numberNode(number);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof Instant instant) {
      return NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
    throw new IllegalArgumentException("unexpected value " + value);
  }
}
