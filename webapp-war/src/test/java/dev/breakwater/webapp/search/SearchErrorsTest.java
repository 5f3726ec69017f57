package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Error bodies as Elasticsearch 8.19 writes them. */
class SearchErrorsTest {

  @Test
  void aRegexTooComplexToDeterminizeOnEveryShard() {
    var error =
        json(
            "{'root_cause': [{'type': 'query_shard_exception', 'reason': 'failed to create query:"
                + " Determinizing automaton with 22 states and 37 transitions would result in more"
                + " than 10000 states.'}], 'type': 'search_phase_execution_exception', 'reason':"
                + " 'all shards failed', 'failed_shards': [{'shard': 0, 'index': 'i', 'reason':"
                + " {'type': 'query_shard_exception', 'caused_by': {'type':"
                + " 'too_complex_to_determinize_exception', 'reason': 'Determinizing ...'}}}]}");
    assertEquals(
        Optional.of("a regular expression or wildcard is too long or too complex"),
        SearchErrors.tooComplex(error));
  }

  @Test
  void tooManyClausesAndBuckets() {
    assertTrue(
        SearchErrors.tooComplex(
                json(
                    "{'type': 'search_phase_execution_exception', 'caused_by': {'type':"
                        + " 'too_many_nested_clauses', 'reason': 'Query contains too many nested clauses;"
                        + " maxClauseCount is set to 4096'}}"))
            .orElseThrow()
            .contains("clauses"));
    assertTrue(
        SearchErrors.tooComplex(json("{'type': 'too_many_buckets_exception', 'reason': 'x'}"))
            .orElseThrow()
            .contains("buckets"));
  }

  @Test
  void otherErrorsAreNotComplexityAndNameTheirFirstReason() {
    var error =
        json(
            "{'root_cause': [{'type': 'parsing_exception', 'reason': 'unknown query [x]'}],"
                + " 'type': 'x_content_parse_exception', 'reason': 'outer'}");
    assertEquals(Optional.empty(), SearchErrors.tooComplex(error));
    assertEquals("unknown query [x]", SearchErrors.firstReason(error));
  }
}
