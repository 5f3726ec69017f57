package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.BackendUnavailableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Socorro's Super Search over the weekly crash indices: parameters in, {@code {"hits", "total",
 * "facets", "errors"}} out. Only the weeks the date range touches are searched. Thread-safe.
 */
public final class SuperSearch {
  private final SearchFields fields;
  private final CrashIndices indices;
  private final CrashRedactor redactor;
  private final CrashSearchEngine engine;
  private final KnownIndices known;
  private final Duration timeout;
  private final Clock clock;

  SuperSearch(
      SearchFields fields,
      CrashIndices indices,
      CrashRedactor redactor,
      CrashSearchEngine engine,
      Duration timeout,
      Clock clock) {
    this.fields = fields;
    this.indices = indices;
    this.redactor = redactor;
    this.engine = engine;
    this.known = new KnownIndices(engine, indices.wildcard(), clock);
    this.timeout = timeout;
    this.clock = clock;
  }

  /**
   * A search as {@code grants} may see it: the fields they may not see are dropped from the query
   * and removed from the hits.
   */
  public ObjectNode redacted(Map<String, List<String>> parameters, Grants grants) {
    ObjectNode answer =
        run(parameters, FieldAccess.redacted(fields, f -> redactor.maySee(f, grants)));
    JsonNode hits = answer.path("hits");
    if (hits.isArray()) {
      ArrayNode visible = answer.putArray("hits");
      hits.forEach(h -> visible.add(redactor.searchHit((ObjectNode) h, grants)));
    }
    return answer;
  }

  /** A search over every field, for callers who may see everything; unknown names are refused. */
  public ObjectNode unredacted(Map<String, List<String>> parameters) {
    return run(parameters, FieldAccess.unredacted(fields));
  }

  private ObjectNode run(Map<String, List<String>> parameters, FieldAccess access) {
    CrashQuery query = CrashQuery.parse(SearchParameters.of(parameters), access, clock.instant());
    List<String> weeks = indices.indicesBetween(query.dates().from(), query.dates().to());
    ObjectNode body = query.body(timeout);
    if (query.results().returnQuery()) {
      ObjectNode answer = JsonNodeFactory.instance.objectNode();
      answer.set("query", body);
      weeks.forEach(answer.putArray("indices")::add);
      return answer;
    }
    try {
      Set<String> existing = weeks.isEmpty() ? Set.of() : known.existing(weeks);
      List<String> searched = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      weeks.forEach(w -> (existing.contains(w) ? searched : missing).add(w));
      if (searched.isEmpty()) {
        return SearchResults.empty(missing);
      }
      return SearchResults.of(engine.search(searched, body, timeout), query, missing, timeout);
    } catch (IOException e) {
      throw new BackendUnavailableException("search", e);
    }
  }
}
