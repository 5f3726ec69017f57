package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Grants;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each operator, the fold and the date rules against a real Elasticsearch ($BREAKWATER_TEST_ES_URL)
 * and the registry's mapping. Searches run at 2024-10-10T12:00Z, so the default week starts at
 * 2024-10-03T12:00Z; c5 is older.
 */
class SuperSearchFiltersElasticsearchTest {
  private static CrashIndexFixture fixture;
  private static SuperSearch search;

  @BeforeAll
  static void indexCrashes() throws Exception {
    fixture =
        new CrashIndexFixture("filters")
            .index(
                "{'uuid': 'c1', 'date': '2024-10-08T10:00:00Z', 'signature': 'OOM | small',"
                    + " 'product': 'Firefox', 'version': '120.0b1', 'uptime': 30, 'safe_mode': true,"
                    + " 'url': 'https://example.com/a', 'build_id': 20241001000000}",
                "{'uuid': 'c2', 'date': '2024-10-07T10:00:00Z', 'signature': 'OOM | large',"
                    + " 'product': 'Firefox', 'version': '120.0b2', 'uptime': 90, 'safe_mode': false}",
                "{'uuid': 'c3', 'date': '2024-10-03T13:00:00Z', 'signature':"
                    + " 'js::GCMarker::processMarkStackTop', 'product': 'Fenix', 'version': '121.0'}",
                "{'uuid': 'c4', 'date': '2024-10-09T00:00:00Z', 'signature': 'mozilla::ipc::FatalError',"
                    + " 'product': 'Thunderbird', 'version': '115.0', 'uptime': 5000}",
                "{'uuid': 'c5', 'date': '2024-10-02T00:00:00Z', 'signature': 'OOM | small',"
                    + " 'product': 'Firefox', 'version': '119.0'}");
    search = fixture.superSearch();
  }

  @AfterAll
  static void deleteIndices() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  /** The uuids found, sorted; every search asks for uuid only. */
  private static String found(String... keysAndValues) {
    List<String> parameters = new ArrayList<>(List.of(keysAndValues));
    parameters.addAll(List.of("_columns", "uuid", "_facets_size", "0"));
    ObjectNode answer =
        search.redacted(params(parameters.toArray(String[]::new)), Grants.anonymous());
    return Stream.of(answer.path("hits"))
        .flatMap(h -> h.findValuesAsText("uuid").stream())
        .sorted()
        .collect(Collectors.joining(" "));
  }

  /** parameters (a=b&c=d) | uuids found */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "                                      # c1 c2 c3 c4",
        "signature=OOM | small                  # c1 c2",
        "signature=oom                          # c1 c2",
        "signature==OOM | small                 # c1",
        "signature==oom | small                 # ''",
        "signature=~GCMarker                    # c3",
        "signature=~gcmarker                    # ''",
        "signature=^mozilla                     # c4",
        "signature=$small                       # c1",
        "signature=@OOM.*e                      # c2",
        "signature=!~OOM                        # c3 c4",
        "signature=!~OOM&signature=!~mozilla    # c1 c2 c3 c4",
        "product=Firefox&product=Fenix          # c1 c2 c3",
        "product=!Firefox                       # c3 c4",
        "product=!Firefox&product=!Fenix        # c4",
        "product=__null__                       # ''",
        "uptime=>=60                            # c2 c4",
        "uptime=60                              # ''",
        "uptime=30                              # c1",
        "uptime=<60&uptime=__null__             # c1 c3",
        "uptime=__null__&uptime=<60             # ''",
        "uptime=!__null__&uptime=<100           # c1 c2",
        "safe_mode=__true__                     # c1",
        "safe_mode=!__true__                    # c2 c3 c4",
        "safe_mode=false                        # c2",
        "version=120.0b                         # c1 c2",
        "version=!120.0b                        # c3 c4",
        "version=120.0b&version=115.0           # c1 c2 c4",
        "version=^120                           # ''",
        "build_id=>=20241001000000              # c1",
        "url=~example                           # c1 c2 c3 c4",
        "nope=1&_sort=nope                      # c1 c2 c3 c4",
        "signature=OOM AND _exists_:url         # c1 c2",
        "date=>=2024-10-08                      # c1 c4",
        "date=>2024-10-01 12:00:00&date=<2024-10-04 # c3 c5",
        "date=<2024-10-08T10:00:00&date=>=2024-10-07T10:00:00+00:00 # c2",
        // An offset after a space (an unencoded +) is dropped: 11:00 UTC, so c1 at 10:00 is in.
        "date=<=2024-10-08T11:00:00 02:00&date=>2024-10-08 # c1",
      })
  void operatorsFoldingAndDates(String query, String expected) {
    String[] keysAndValues =
        query == null
            ? new String[0]
            : Stream.of(query.split("&"))
                .flatMap(
                    p -> Stream.of(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)))
                .toArray(String[]::new);
    assertEquals(expected == null ? "" : expected, found(keysAndValues));
  }

  @Test
  void protectedFiltersApplyUnredacted() {
    ObjectNode answer =
        search.unredacted(params("url", "~example", "_columns", "uuid", "_facets_size", "0"));
    assertEquals(1, answer.path("total").asInt());
  }

  @Test
  void aRegexTooComplexToDeterminizeIsA400() {
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> found("signature", "@(a|b)*a(a|b){25}"));
    assertTrue(e.getMessage().startsWith("Search query is too complex"), e.getMessage());
  }

  @Test
  void weeksWithoutAnIndexAreReportedNotFailed() {
    ObjectNode answer =
        search.redacted(params("date", ">=2024-09-20", "_facets_size", "0"), Grants.anonymous());
    assertEquals(5, answer.path("total").asInt());
    JsonNode errors = answer.path("errors");
    assertEquals(2, errors.size(), errors.toString());
    assertEquals("missing_index", errors.get(0).path("type").asText());
    assertEquals(fixture.prefix() + "20240916", errors.get(0).path("index").asText());
    assertEquals(fixture.prefix() + "20240923", errors.get(1).path("index").asText());
  }
}
