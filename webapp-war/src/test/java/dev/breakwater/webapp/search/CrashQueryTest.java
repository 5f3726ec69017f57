package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.ANONYMOUS;
import static dev.breakwater.webapp.search.SearchFixtures.UNREDACTED;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static dev.breakwater.webapp.search.SearchFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrashQueryTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final String LAST_WEEK =
      "{'bool': {'filter': [{'range': {'date': {'lte': '2024-10-10T12:00:00Z'}}},"
          + " {'range': {'date': {'gte': '2024-10-03T12:00:00Z'}}}]}}";

  private static ObjectNode body(FieldAccess access, String... keysAndValues) {
    return query(access, keysAndValues).body(TIMEOUT);
  }

  @Test
  void theDefaultSearch() {
    assertEquals(
        json(
            "{'query': {'bool': {'filter': ["
                + LAST_WEEK
                + "]}},"
                + " '_source': {'includes': ['uuid', 'date', 'signature', 'product', 'version']},"
                + " 'from': 0, 'size': 100, 'track_total_hits': true, 'timeout': '10000ms',"
                + " 'aggs': {'signature': {'terms': {'field': 'signature.full', 'size': 50}}}}"),
        body(ANONYMOUS));
  }

  @Test
  void fieldsAreAndedAfterTheDateRange() {
    JsonNode filter =
        body(ANONYMOUS, "product", "Firefox", "uptime", "<60", "uptime", "__null__")
            .at("/query/bool/filter");
    assertEquals(3, filter.size());
    assertEquals(json(LAST_WEEK), filter.get(0));
    assertEquals(json("{'match': {'product': 'Firefox'}}"), filter.get(1));
    assertEquals("should", filter.get(2).path("bool").fieldNames().next());
  }

  /** Protected and unknown filters are dropped without a word; unexposed ones never apply. */
  @Test
  void protectedAndUnknownFiltersAreIgnored() {
    JsonNode anonymous =
        body(ANONYMOUS, "url", "~example", "user_comments", "x", "nope", "1", "_whatever", "2");
    assertEquals(1, anonymous.at("/query/bool/filter").size());
    JsonNode unredacted = body(UNREDACTED, "url", "~example", "nope", "1");
    assertEquals(
        json("{'wildcard': {'url': {'value': '*example*'}}}"),
        unredacted.at("/query/bool/filter/1"));
  }

  @Test
  void noColumnsMeansNoSource() {
    ObjectNode body = body(ANONYMOUS, "_columns", "", "_facets_size", "0");
    assertFalse(body.path("_source").asBoolean(true));
    assertFalse(body.has("aggs"));
  }

  @Test
  void sortAndPaging() {
    ObjectNode body =
        body(ANONYMOUS, "_sort", "-date", "_results_number", "10", "_results_offset", "20");
    assertEquals(json("[{'date': {'order': 'desc', 'unmapped_type': 'date'}}]"), body.get("sort"));
    assertEquals(20, body.path("from").asInt());
    assertEquals(10, body.path("size").asInt());
  }

  @Test
  void deeplyAlternatingClausesAreTooComplex() {
    String[] parameters = new String[2 * 2 * (CrashQuery.MAX_DEPTH + 1)];
    for (int i = 0; i < parameters.length; i += 4) {
      parameters[i] = "uptime";
      parameters[i + 1] = "__null__";
      parameters[i + 2] = "uptime";
      parameters[i + 3] = ">" + i;
    }
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> body(ANONYMOUS, parameters));
    assertEquals("Search query is too complex: its conditions nest deeper than 20", e.getMessage());
  }
}
