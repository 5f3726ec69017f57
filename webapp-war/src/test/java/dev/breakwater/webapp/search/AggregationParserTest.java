package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.ANONYMOUS;
import static dev.breakwater.webapp.search.SearchFixtures.UNREDACTED;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static dev.breakwater.webapp.search.SearchFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.api.BadArgumentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregationParserTest {

  private static Aggregations parse(FieldAccess access, String... keysAndValues) {
    return AggregationParser.parse(parameters(keysAndValues), access);
  }

  private static String request(FieldAccess access, String... keysAndValues) {
    return parse(access, keysAndValues).request().toString();
  }

  private static String expected(String singleQuoted) {
    return json(singleQuoted).toString();
  }

  private static final String SIGNATURE_TERMS =
      "{'terms': {'field': 'signature.full', 'size': 50}}";

  @Test
  void aSignatureFacetUnlessFacetsAreSent() {
    assertEquals(expected("{'signature': " + SIGNATURE_TERMS + "}"), request(ANONYMOUS));
    assertEquals("{}", request(ANONYMOUS, "_facets", ""));
    assertEquals(
        expected("{'platform': {'terms': {'field': 'platform', 'size': 50}}}"),
        request(ANONYMOUS, "_facets", "platform"));
  }

  /** Every name dropped leaves the list as if it had not been sent. */
  @Test
  void protectedFacetsAreDroppedSilently() {
    assertEquals(
        expected("{'signature': " + SIGNATURE_TERMS + "}"), request(ANONYMOUS, "_facets", "url"));
    assertEquals(
        expected("{'product': {'terms': {'field': 'product.full', 'size': 50}}}"),
        request(ANONYMOUS, "_facets", "url", "_facets", "nope", "_facets", "product"));
    assertEquals(
        expected("{'url': {'terms': {'field': 'url', 'size': 50}}}"),
        request(UNREDACTED, "_facets", "url"));
  }

  @Test
  void unknownFacetsAreRefusedUnredacted() {
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> parse(UNREDACTED, "_facets", "nope"));
    assertEquals("Unknown field 'nope'", e.getMessage());
    assertThrows(
        BadArgumentException.class,
        () -> parse(UNREDACTED, "_aggs.signature", "_cardinality.nope"));
  }

  @Test
  void facetsSizeSetsEveryLevelAndZeroTurnsThemOff() {
    assertEquals(
        expected(
            "{'signature': {'terms': {'field': 'signature.full', 'size': 3},"
                + " 'aggs': {'platform': {'terms': {'field': 'platform', 'size': 3}}}}}"),
        request(
            ANONYMOUS, "_facets_size", "3", "_facets", "signature", "_aggs.signature", "platform"));
    assertTrue(parse(ANONYMOUS, "_facets_size", "0", "_aggs.signature", "platform").isEmpty());
  }

  /** value | message */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10001 | Bad value for parameter(s) '_facets_size greater than 10,000'",
        "-1    | _facets_size cannot be negative",
      })
  void facetsSizeIsBounded(String value, String message) {
    assertEquals(
        message,
        assertThrows(BadArgumentException.class, () -> parse(ANONYMOUS, "_facets_size", value))
            .getMessage());
  }

  /** Top Crashers' query: one level of terms, histograms and cardinalities per signature. */
  @Test
  void aggsOfASignature() {
    assertEquals(
        expected(
            "{'signature': {'terms': {'field': 'signature.full', 'size': 50}, 'aggs': {"
                + "'platform': {'terms': {'field': 'platform', 'size': 50}},"
                + "'histogram_uptime': {'histogram': {'field': 'uptime', 'interval': 60,"
                + " 'min_doc_count': 1}},"
                + "'cardinality_install_time': {'cardinality': {'field': 'install_time'}},"
                + "'safe_mode': {'terms': {'field': 'safe_mode', 'size': 50}}}}}"),
        request(
            ANONYMOUS,
            "_facets",
            "signature",
            "_histogram_interval.uptime",
            "60",
            "_aggs.signature",
            "platform",
            "_aggs.signature",
            "_histogram.uptime",
            "_aggs.signature",
            "_cardinality.install_time",
            "_aggs.signature",
            "safe_mode",
            "_aggs.signature",
            "_cardinality.url",
            "_aggs.signature",
            "_histogram.signature"));
  }

  @Test
  void productVersionIsTheOnlyTwoLevelAggsAndOthersAreIgnored() {
    assertEquals(
        expected(
            "{'product': {'terms': {'field': 'product.full', 'size': 50}, 'aggs': {"
                + "'version': {'terms': {'field': 'version', 'size': 50}, 'aggs': {"
                + "'cardinality_install_time': {'cardinality': {'field': 'install_time'}}}}}}}"),
        request(
            ANONYMOUS,
            "_facets",
            "",
            "_aggs.product.version",
            "_cardinality.install_time",
            "_aggs.signature.platform",
            "product",
            "_aggs.url",
            "product",
            "_aggs.nope",
            "product"));
  }

  /** The Android form has three levels; fields missing from the registry drop out of the path. */
  @Test
  void theAndroidFormHasThreeLevels() throws Exception {
    String registry =
        "{\"fields\": ["
            + keyword("android_cpu_abi")
            + ", "
            + keyword("android_model")
            + ", "
            + keyword("signature")
            + "]}";
    SearchFields fields =
        SearchFields.load(new ByteArrayInputStream(registry.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        expected(
            "{'android_cpu_abi': {'terms': {'field': 'android_cpu_abi', 'size': 50}, 'aggs': {"
                + "'android_model': {'terms': {'field': 'android_model', 'size': 50}}}}}"),
        AggregationParser.parse(
                parameters(
                    "_facets", "", "_aggs.android_cpu_abi.android_manufacturer.android_model", ""),
                FieldAccess.unredacted(fields))
            .request()
            .toString());
  }

  private static String keyword(String name) {
    return "{\"name\": \""
        + name
        + "\", \"data_validation_type\": \"str\", \"query_type\": \"string\","
        + " \"namespace\": \"processed_crash\", \"in_database_name\": \""
        + name
        + "\", \"is_exposed\": true, \"is_returned\": true,"
        + " \"storage_mapping\": {\"type\": \"keyword\"}}";
  }

  /** The {@code _aggs} of a name wins over the facet of that name. */
  @Test
  void aggsReplaceAFacetOfTheSameName() {
    Aggregations aggregations =
        parse(
            ANONYMOUS, "_facets", "signature", "_facets", "product", "_aggs.signature", "platform");
    assertEquals(List.of("signature", "product"), List.copyOf(aggregations.byName().keySet()));
    assertTrue(aggregations.request().at("/signature/aggs/platform").isObject());
  }

  @Test
  void histogramsOfDatesAndNumbers() {
    assertEquals(
        expected(
            "{'histogram_date': {'date_histogram': {'field': 'date', 'calendar_interval': 'day',"
                + " 'min_doc_count': 1, 'format': \"yyyy-MM-dd'T'HH:mm:ssXXX\"},"
                + " 'aggs': {'product': {'terms': {'field': 'product.full', 'size': 50}}}}}"),
        request(ANONYMOUS, "_facets", "", "_histogram.date", "product"));
    assertEquals(
        expected(
            "{'histogram_date': {'date_histogram': {'field': 'date', 'fixed_interval': '6h',"
                + " 'min_doc_count': 1, 'format': \"yyyy-MM-dd'T'HH:mm:ssXXX\"}}}"),
        request(ANONYMOUS, "_facets", "", "_histogram.date", "", "_histogram_interval.date", "6h"));
    assertEquals(
        "{}", request(ANONYMOUS, "_facets", "", "_histogram.signature", "", "_histogram.url", ""));
  }

  /** parameter | value | Elasticsearch parameter | JSON value */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "_histogram.date   | _histogram_interval.date   | week  | calendar_interval | 'week'",
        "_histogram.date   | _histogram_interval.date   | 1M    | calendar_interval | '1M'",
        "_histogram.date   | _histogram_interval.date   | 2d    | fixed_interval    | '2d'",
        "_histogram.uptime | _histogram_interval.uptime | 3600  | interval          | 3600",
        "_histogram.uptime | _histogram_interval.uptime |       | interval          | 1",
      })
  void histogramIntervals(
      String histogram, String parameter, String value, String key, String expected) {
    Aggregations aggregations =
        parse(ANONYMOUS, "_facets", "", histogram, "", parameter, value == null ? "" : value);
    String name = "histogram_" + histogram.substring("_histogram.".length());
    assertEquals(
        json("{'v': " + expected + "}").get("v").toString(),
        aggregations.request().path(name).elements().next().path(key).toString());
  }

  @Test
  void badIntervalsAreRefused() {
    assertEquals(
        "Bad value for parameter(s) '_histogram_interval.date'",
        assertThrows(
                BadArgumentException.class,
                () ->
                    parse(
                        ANONYMOUS, "_histogram.date", "", "_histogram_interval.date", "fortnight"))
            .getMessage());
    assertThrows(
        BadArgumentException.class,
        () -> parse(ANONYMOUS, "_histogram.uptime", "", "_histogram_interval.uptime", "0"));
    InvalidFormException e =
        assertThrows(
            InvalidFormException.class,
            () -> parse(ANONYMOUS, "_histogram.uptime", "", "_histogram_interval.uptime", "1.5"));
    assertEquals(
        Map.of("_histogram_interval.uptime", List.of("Enter a whole number.")), e.errors());
  }
}
