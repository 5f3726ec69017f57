package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.assertJson;
import static dev.breakwater.webapp.search.SearchFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Grants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hits, paging, facets, aggregations, histograms, cardinalities and redaction against a real
 * Elasticsearch ($BREAKWATER_TEST_ES_URL), in the shapes Socorro's clients read.
 */
class SuperSearchAggregationsElasticsearchTest {
  private static CrashIndexFixture fixture;
  private static SuperSearch search;

  @BeforeAll
  static void indexCrashes() throws Exception {
    fixture =
        new CrashIndexFixture("aggregations")
            .index(
                "{'uuid': 'c1', 'date': '2024-10-08T10:00:00.123456Z', 'signature': 'OOM | small',"
                    + " 'product': 'Firefox', 'version': '120.0', 'platform': 'Windows',"
                    + " 'uptime': 30, 'safe_mode': true, 'install_time': 1000,"
                    + " 'url': 'https://example.com/a', 'additional_minidumps': ['browser']}",
                "{'uuid': 'c2', 'date': '2024-10-07T10:00:00Z', 'signature': 'OOM | small',"
                    + " 'product': 'Firefox', 'version': '121.0', 'platform': 'Linux',"
                    + " 'uptime': 90, 'safe_mode': false, 'install_time': 1000}",
                "{'uuid': 'c3', 'date': '2024-10-07T20:00:00Z', 'signature': 'OOM | small',"
                    + " 'product': 'Fenix', 'version': '121.0', 'platform': 'Android',"
                    + " 'install_time': 2000}",
                "{'uuid': 'c4', 'date': '2024-10-09T00:00:00Z', 'signature': 'mozilla::ipc::FatalError',"
                    + " 'product': 'Firefox', 'version': '120.0', 'platform': 'Windows',"
                    + " 'uptime': 5000, 'install_time': 3000}",
                // Before the default week: its index exists, its crash is not found.
                "{'uuid': 'c5', 'date': '2024-10-01T00:00:00Z', 'signature': 'old',"
                    + " 'install_time': 4000}");
    search = fixture.superSearch();
  }

  @AfterAll
  static void deleteIndices() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static ObjectNode anonymous(String... keysAndValues) {
    return search.redacted(params(keysAndValues), Grants.anonymous());
  }

  @Test
  void theDefaultSearchInSocorrosShape() {
    ObjectNode answer = anonymous("_sort", "-date", "_results_number", "1");
    assertJson(
        "{'hits': [{'uuid': 'c4', 'date': '2024-10-09T00:00:00Z', 'signature':"
            + " 'mozilla::ipc::FatalError', 'product': 'Firefox', 'version': '120.0'}],"
            + " 'total': 4, 'facets': {'signature': [{'term': 'OOM | small', 'count': 3},"
            + " {'term': 'mozilla::ipc::FatalError', 'count': 1}]}, 'errors': []}",
        answer);
  }

  @Test
  void pagingSortsOnTheWholeValueAndKeepsTheTotal() {
    ObjectNode answer =
        anonymous(
            "_sort",
            "signature",
            "_sort",
            "-date",
            "_results_offset",
            "1",
            "_results_number",
            "2",
            "_columns",
            "uuid",
            "_facets_size",
            "0");
    // OOM | small (c1, c3, c2 by date, newest first) sorts before mozilla::... (c4): bytes.
    assertJson("[{'uuid': 'c3'}, {'uuid': 'c2'}]", answer.get("hits"));
    assertEquals(4, answer.path("total").asInt());
    assertJson("{}", answer.get("facets"));
  }

  /** Protected columns are removed, not nulled; a one-value list is that value; dates as stored. */
  @Test
  void hitsAreRedactedAndFlattened() {
    ObjectNode answer =
        anonymous(
            "uuid",
            "c1",
            "_columns",
            "uuid",
            "_columns",
            "url",
            "_columns",
            "additional_minidumps",
            "_columns",
            "date",
            "_columns",
            "uptime",
            "_columns",
            "platform_version");
    assertJson(
        "[{'uuid': 'c1', 'additional_minidumps': 'browser', 'date': '2024-10-08T10:00:00.123456Z',"
            + " 'uptime': 30, 'platform_version': null}]",
        answer.get("hits"));
    ObjectNode unredacted = search.unredacted(params("uuid", "c1", "_columns", "url"));
    assertJson("[{'url': 'https://example.com/a'}]", unredacted.get("hits"));
  }

  @Test
  void facetsBooleansAndProtectedFacets() {
    ObjectNode facets =
        (ObjectNode)
            anonymous("_facets", "platform", "_facets", "safe_mode", "_facets", "url")
                .get("facets");
    assertJson(
        "{'platform': [{'term': 'Windows', 'count': 2}, {'term': 'Android', 'count': 1},"
            + " {'term': 'Linux', 'count': 1}],"
            + " 'safe_mode': [{'term': 'F', 'count': 1}, {'term': 'T', 'count': 1}]}",
        facets);
    assertFalse(facets.has("url"));
  }

  @Test
  void aggsOfSignatureAndOfProductVersion() {
    ObjectNode facets =
        (ObjectNode)
            anonymous(
                    "_facets", "",
                    "_facets_size", "1",
                    "_aggs.signature", "platform",
                    "_aggs.signature", "_cardinality.install_time",
                    "_aggs.product.version", "_cardinality.install_time")
                .get("facets");
    assertJson(
        "{'signature': [{'term': 'OOM | small', 'count': 3, 'facets': {"
            + "'platform': [{'term': 'Android', 'count': 1}],"
            + " 'cardinality_install_time': {'value': 2}}}],"
            + " 'product': [{'term': 'Firefox', 'count': 3, 'facets': {'version': [{'term': '120.0',"
            + " 'count': 2, 'facets': {'cardinality_install_time': {'value': 2}}}]}}]}",
        facets);
  }

  @Test
  void histogramsOfDatesAndNumbersAndCardinalities() {
    ObjectNode facets =
        (ObjectNode)
            anonymous(
                    "_facets", "_cardinality.install_time",
                    "_histogram.date", "product",
                    "_histogram.uptime", "",
                    "_histogram_interval.uptime", "60")
                .get("facets");
    assertJson(
        "{'cardinality_install_time': {'value': 3},"
            + " 'histogram_date': [{'term': '2024-10-07T00:00:00Z', 'count': 2, 'facets':"
            + " {'product': [{'term': 'Fenix', 'count': 1}, {'term': 'Firefox', 'count': 1}]}},"
            + " {'term': '2024-10-08T00:00:00Z', 'count': 1, 'facets': {'product': [{'term':"
            + " 'Firefox', 'count': 1}]}}, {'term': '2024-10-09T00:00:00Z', 'count': 1, 'facets':"
            + " {'product': [{'term': 'Firefox', 'count': 1}]}}],"
            + " 'histogram_uptime': [{'term': 0.0, 'count': 1}, {'term': 60.0, 'count': 1},"
            + " {'term': 4980.0, 'count': 1}]}",
        facets);
  }

  @Test
  void weeklyHistogramsAndAFixedInterval() {
    assertJson(
        "[{'term': '2024-10-07T00:00:00Z', 'count': 4}]",
        anonymous("_facets", "", "_histogram.date", "", "_histogram_interval.date", "week")
            .path("facets")
            .get("histogram_date"));
    assertEquals(
        4,
        anonymous("_facets", "", "_histogram.date", "", "_histogram_interval.date", "12h")
            .path("facets")
            .path("histogram_date")
            .size());
  }
}
