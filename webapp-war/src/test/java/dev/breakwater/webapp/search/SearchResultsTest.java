package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.ANONYMOUS;
import static dev.breakwater.webapp.search.SearchFixtures.assertJson;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static dev.breakwater.webapp.search.SearchFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static ObjectNode shape(String response, CrashQuery query, List<String> missing) {
    return SearchResults.of(json(response), query, missing, TIMEOUT);
  }

  @Test
  void hitsHaveExactlyTheColumns() {
    CrashQuery query =
        query(
            ANONYMOUS,
            "_columns",
            "uuid",
            "_columns",
            "url",
            "_columns",
            "additional_minidumps",
            "_columns",
            "crash_report_keys",
            "_columns",
            "topmost_filenames",
            "_facets_size",
            "0");
    ObjectNode answer =
        shape(
            "{'hits': {'total': {'value': 1234}, 'hits': [{'_source': {'uuid': 'u1',"
                + " 'additional_minidumps': ['browser'], 'crash_report_keys': ['a', 'b'],"
                + " 'topmost_filenames': [], 'not_asked': 1}}]}}",
            query,
            List.of());
    assertJson(
        "{'hits': [{'uuid': 'u1', 'url': null, 'additional_minidumps': 'browser',"
            + " 'crash_report_keys': ['a', 'b'], 'topmost_filenames': null}],"
            + " 'total': 1234, 'facets': {}, 'errors': []}",
        answer);
  }

  @Test
  void facetsInSocorrosShape() {
    CrashQuery query =
        query(
            ANONYMOUS,
            "_facets",
            "signature",
            "_facets",
            "safe_mode",
            "_aggs.signature",
            "platform",
            "_histogram.date",
            "",
            "_histogram.uptime",
            "",
            "_facets",
            "_cardinality.install_time");
    String response =
        "{'hits': {'total': {'value': 12}, 'hits': []}, 'aggregations': {"
            + "'signature': {'doc_count_error_upper_bound': 0, 'sum_other_doc_count': 0, 'buckets':"
            + " [{'key': 'OOM | small', 'doc_count': 10, 'platform': {'buckets': [{'key': 'Windows',"
            + " 'doc_count': 10}]}}]},"
            + "'safe_mode': {'buckets': [{'key': 1, 'key_as_string': 'true', 'doc_count': 2},"
            + " {'key': 0, 'key_as_string': 'false', 'doc_count': 8}]},"
            + "'cardinality_install_time': {'value': 42},"
            + "'histogram_date': {'buckets': [{'key': 1727740800000, 'key_as_string':"
            + " '2024-10-01T00:00:00Z', 'doc_count': 5}]},"
            + "'histogram_uptime': {'buckets': [{'key': 0.0, 'doc_count': 3}]}}}";
    assertJson(
        "{'signature': [{'term': 'OOM | small', 'count': 10, 'facets': {'platform':"
            + " [{'term': 'Windows', 'count': 10}]}}],"
            + " 'safe_mode': [{'term': 'T', 'count': 2}, {'term': 'F', 'count': 8}],"
            + " 'cardinality_install_time': {'value': 42},"
            + " 'histogram_date': [{'term': '2024-10-01T00:00:00Z', 'count': 5}],"
            + " 'histogram_uptime': [{'term': 0.0, 'count': 3}]}",
        shape(response, query, List.of()).get("facets"));
  }

  @Test
  void missingIndicesAndFailedShardsAreErrorsNotFailures() {
    ObjectNode answer =
        shape(
            "{'hits': {'total': {'value': 0}, 'hits': []}, '_shards': {'failures': ["
                + "{'index': 'b', 'reason': {'type': 'node_disconnected_exception'}},"
                + "{'index': 'b', 'reason': {'type': 'node_disconnected_exception'}}]}}",
            query(ANONYMOUS, "_facets_size", "0"),
            List.of("a"));
    assertEquals(
        json(
            "[{'type': 'missing_index', 'index': 'a'},"
                + " {'type': 'shards', 'index': 'b', 'shards_count': 2}]"),
        answer.get("errors"));
    assertEquals(
        json(
            "{'hits': [], 'total': 0, 'facets': {}, 'errors': [{'type': 'missing_index', 'index': 'x'}]}"),
        SearchResults.empty(List.of("x")));
  }

  /** Partial counts would look like real ones: a timeout or a refused shard is an error. */
  @Test
  void timeoutsAndTooComplexShardsAreRefused() {
    CrashQuery query = query(ANONYMOUS);
    BadArgumentException timedOut =
        assertThrows(
            BadArgumentException.class,
            () -> shape("{'timed_out': true, 'hits': {'hits': []}}", query, List.of()));
    assertTrue(timedOut.getMessage().startsWith("Search query timed out"), timedOut.getMessage());
    BadArgumentException tooComplex =
        assertThrows(
            BadArgumentException.class,
            () ->
                shape(
                    "{'hits': {'hits': []}, '_shards': {'failures': [{'index': 'a', 'reason':"
                        + " {'type': 'query_shard_exception', 'caused_by': {'type':"
                        + " 'too_complex_to_determinize_exception'}}}]}}",
                    query,
                    List.of()));
    assertTrue(
        tooComplex.getMessage().startsWith("Search query is too complex"), tooComplex.getMessage());
  }
}
