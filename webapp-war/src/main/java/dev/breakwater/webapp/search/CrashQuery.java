package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One parsed search: the date range, the clauses of each filtered field, the hits and the
 * aggregations asked for. Knows its Elasticsearch request body.
 *
 * @param filters the clauses of each filtered field other than {@code date}, fields ANDed
 */
record CrashQuery(
    DateRange dates,
    List<List<FilterClause>> filters,
    ResultOptions results,
    Aggregations aggregations) {

  /** The field of the date range, which also picks the weekly indices. */
  static final String DATE = "date";

  /**
   * Deepest nesting of AND and OR a query may have: Elasticsearch refuses deep ones (its default
   * limit is 30) only after parsing them on every shard.
   */
  static final int MAX_DEPTH = 20;

  CrashQuery {
    filters = List.copyOf(filters);
  }

  /**
   * Parses the parameters of one search.
   *
   * @throws BadArgumentException or {@link InvalidFormException} for what cannot be searched
   */
  static CrashQuery parse(SearchParameters parameters, FieldAccess access, Instant now) {
    SearchFields fields = access.fields();
    SearchField date =
        fields.get(DATE).orElseThrow(() -> new IllegalStateException("no date search field"));
    List<List<FilterClause>> filters = new ArrayList<>();
    for (SearchField field : fields.all().values()) {
      if (field != date && parameters.has(field.name())) {
        access
            .filter(field.name())
            .map(f -> FilterParser.parse(f, parameters.values(f.name())))
            .filter(clauses -> !clauses.isEmpty())
            .ifPresent(filters::add);
      }
    }
    // Products are not checked against a product list, as Socorro does: the products are the
    // ones crashes come in with until a job learns them.
    DateRange dates = DateRange.of(date, parameters.values(DATE), now);
    return new CrashQuery(
        dates,
        filters,
        ResultOptions.parse(parameters, access),
        AggregationParser.parse(parameters, access));
  }

  /** The Elasticsearch search body; the search gives up after {@code timeout}. */
  ObjectNode body(Duration timeout) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("query", query());
    if (results.columns().isEmpty()) {
      body.put("_source", false); // an empty include list would mean every field
    } else {
      ArrayNode includes = body.putObject("_source").putArray("includes");
      results.columns().forEach(c -> includes.add(c.name()));
    }
    if (!results.sort().isEmpty()) {
      ArrayNode sort = body.putArray("sort");
      results.sort().forEach(s -> sort.add(s.json()));
    }
    body.put("from", results.offset());
    body.put("size", results.number());
    body.put("track_total_hits", true);
    body.put("timeout", timeout.toMillis() + "ms");
    if (!aggregations.isEmpty()) {
      body.set("aggs", aggregations.request());
    }
    return body;
  }

  /** Every field's folded clauses, ANDed; the date range first. */
  private ObjectNode query() {
    List<Condition> conditions = new ArrayList<>();
    conditions.add(ClauseQueries.fold(dates.clauses()));
    filters.forEach(clauses -> conditions.add(ClauseQueries.fold(clauses)));
    for (Condition condition : conditions) {
      if (condition.depth() > MAX_DEPTH) {
        throw new BadArgumentException(
            "Search query is too complex: its conditions nest deeper than " + MAX_DEPTH);
      }
    }
    ObjectNode query = JsonNodeFactory.instance.objectNode();
    ArrayNode filter = query.putObject("bool").putArray("filter");
    conditions.forEach(c -> filter.add(c.json()));
    return query;
  }
}
