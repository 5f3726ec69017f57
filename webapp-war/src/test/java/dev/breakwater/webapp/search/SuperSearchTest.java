package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.FIELDS;
import static dev.breakwater.webapp.search.SearchFixtures.NOW;
import static dev.breakwater.webapp.search.SearchFixtures.assertJson;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static dev.breakwater.webapp.search.SearchFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuperSearchTest {
  private static final String HIT =
      "{'hits': {'total': {'value': 1}, 'hits': [{'_source': {'uuid': 'u1', 'url': 'https://x',"
          + " 'signature': 's'}}]}, 'aggregations': {'signature': {'buckets': []}}}";

  /** Records the searches; knows a fixed set of indices. */
  private static final class FakeEngine implements CrashSearchEngine {
    final Set<String> existing;
    final List<List<String>> searchedIndices = new ArrayList<>();
    final List<ObjectNode> bodies = new ArrayList<>();
    String response = HIT;

    FakeEngine(String... existing) {
      this.existing = Set.of(existing);
    }

    @Override
    public Set<String> existingIndices(String pattern) {
      assertEquals("t_*", pattern);
      return existing;
    }

    @Override
    public JsonNode search(List<String> indices, ObjectNode body, Duration timeout) {
      searchedIndices.add(indices);
      bodies.add(body);
      return json(response);
    }
  }

  private static SuperSearch search(FakeEngine engine) {
    return new SuperSearch(
        FIELDS,
        new CrashIndices("t_"),
        new CrashRedactor(ProcessedCrashSchema.load(), FIELDS),
        engine,
        Duration.ofSeconds(10),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** 2024-10-03 to 10-10 spans the weeks of Monday 09-30 and 10-07. */
  @Test
  void onlyTheWeeksOfTheRangeAreSearchedAndMissingOnesReported() {
    FakeEngine engine = new FakeEngine("t_20241007", "t_20240923");
    ObjectNode answer = search(engine).redacted(params(), Grants.anonymous());
    assertEquals(List.of(List.of("t_20241007")), engine.searchedIndices);
    assertJson("[{'type': 'missing_index', 'index': 't_20240930'}]", answer.get("errors"));
    assertEquals(1, answer.path("total").asInt());
  }

  @Test
  void withoutAnyIndexNothingIsSearched() {
    FakeEngine engine = new FakeEngine();
    ObjectNode answer = search(engine).redacted(params("date", ">=2024-10-08"), Grants.anonymous());
    assertEquals(List.of(), engine.searchedIndices);
    assertJson(
        "{'hits': [], 'total': 0, 'facets': {}, 'errors': [{'type': 'missing_index', 'index':"
            + " 't_20241007'}]}",
        answer);
  }

  /** Protected columns are removed from hits (not nulled) for callers without view_pii. */
  @Test
  void hitsAreRedactedForTheCaller() {
    Map<String, List<String>> params =
        params("_columns", "uuid", "_columns", "url", "_columns", "signature");
    assertJson(
        "[{'uuid': 'u1', 'signature': 's'}]",
        search(new FakeEngine("t_20241007")).redacted(params, Grants.anonymous()).get("hits"));
    assertJson(
        "[{'uuid': 'u1', 'url': 'https://x', 'signature': 's'}]",
        search(new FakeEngine("t_20241007"))
            .redacted(params, Grants.of(Permission.VIEW_PII))
            .get("hits"));
    assertJson(
        "[{'uuid': 'u1', 'url': 'https://x', 'signature': 's'}]",
        search(new FakeEngine("t_20241007")).unredacted(params).get("hits"));
  }

  /** The grants decide, so a caller with view_pii may filter on protected fields. */
  @Test
  void protectedFiltersApplyOnlyForCallersWhoMaySeeThem() {
    FakeEngine engine = new FakeEngine("t_20241007");
    search(engine).redacted(params("url", "~x"), Grants.anonymous());
    search(engine).redacted(params("url", "~x"), Grants.of(Permission.VIEW_PII));
    assertEquals(1, engine.bodies.get(0).at("/query/bool/filter").size());
    assertEquals(2, engine.bodies.get(1).at("/query/bool/filter").size());
  }

  @Test
  void returnQueryAnswersTheQueryAndItsIndices() {
    FakeEngine engine = new FakeEngine();
    ObjectNode answer = search(engine).redacted(params("_return_query", "1"), Grants.anonymous());
    assertEquals(List.of(), engine.searchedIndices);
    assertJson("['t_20240930', 't_20241007']", answer.get("indices"));
    assertTrue(answer.at("/query/query/bool/filter").isArray());
  }

  @Test
  void hostileParametersStopBeforeTheSearch() {
    FakeEngine engine = new FakeEngine("t_20241007");
    SuperSearch search = search(engine);
    List<String> flood = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      flood.add("x" + i);
    }
    BadArgumentException tooMany =
        assertThrows(
            BadArgumentException.class,
            () -> search.redacted(Map.of("signature", flood), Grants.anonymous()));
    assertEquals("Too many values for parameter signature (at most 100)", tooMany.getMessage());
    assertThrows(
        InvalidFormException.class,
        () -> search.redacted(params("signature", "a\0b"), Grants.anonymous()));
    assertThrows(
        BadArgumentException.class,
        () -> search.unredacted(params("signature", "x".repeat(10_001))));
    assertEquals(List.of(), engine.searchedIndices);
  }
}
