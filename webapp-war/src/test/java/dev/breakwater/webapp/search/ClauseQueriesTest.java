package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.field;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseQueriesTest {

  private static String query(String name, String... values) {
    return ClauseQueries.fold(FilterParser.parse(field(name), List.of(values))).json().toString();
  }

  private static String expected(String singleQuoted) {
    return json(singleQuoted).toString();
  }

  /** field | value | query */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      value = {
        "signature # OOM | small # {'match': {'signature': 'OOM | small'}}",
        "signature # =OOM | small # {'term': {'signature.full': 'OOM | small'}}",
        "version   # =1.0 # {'match': {'version': '=1.0'}}",
        "address   # =0x0 # {'term': {'address': '0x0'}}",
        "signature # ~OOM # {'wildcard': {'signature.full': {'value': '*OOM*'}}}",
        "signature # ^OOM # {'wildcard': {'signature.full': {'value': 'OOM*'}}}",
        "signature # $OOM # {'wildcard': {'signature.full': {'value': '*OOM'}}}",
        "signature # @O+M # {'regexp': {'signature.full': {'value': 'O+M', 'max_determinized_states': 10000}}}",
        "uptime    # >60  # {'range': {'uptime': {'gt': 60}}}",
        "uptime    # >=60 # {'range': {'uptime': {'gte': 60}}}",
        "uptime    # <60  # {'range': {'uptime': {'lt': 60}}}",
        "uptime    # <=60 # {'range': {'uptime': {'lte': 60}}}",
        "uptime    # 60   # {'match': {'uptime': 60}}",
        "url       # __null__ # {'bool': {'must_not': [{'exists': {'field': 'url'}}]}}",
        "url       # !__null__ # {'exists': {'field': 'url'}}",
        "safe_mode # __true__ # {'term': {'safe_mode': true}}",
        "safe_mode # !__true__ # {'bool': {'must_not': [{'term': {'safe_mode': true}}]}}",
        "signature # !~OOM # {'bool': {'must_not': [{'wildcard': {'signature.full': {'value': '*OOM*'}}}]}}",
        "client_crash_date # >=2024-10-01 # {'range': {'client_crash_date': {'gte': '2024-10-01T00:00:00Z'}}}",
      })
  void eachOperatorHasItsQuery(String name, String value, String query) {
    assertEquals(expected(query), query(name, value));
  }

  /** Lucene syntax in a value is text for the analyzer, not query syntax. */
  @Test
  void plainValuesAreMatchedNeverParsed() {
    assertEquals(
        expected("{'match': {'signature': 'x OR _exists_:url AND user_comments:*'}}"),
        query("signature", "x OR _exists_:url AND user_comments:*"));
  }

  @Test
  void plainValuesOfAFieldAreAlternatives() {
    assertEquals(
        expected(
            "{'bool': {'should': [{'match': {'product': 'Firefox'}}, {'match': {'product': 'Fenix'}}],"
                + " 'minimum_should_match': 1}}"),
        query("product", "Firefox", "Fenix"));
    assertEquals(
        expected(
            "{'bool': {'must_not': [{'bool': {'should': [{'match': {'version': '1'}},"
                + " {'match': {'version': '2'}}], 'minimum_should_match': 1}}]}}"),
        query("version", "!1", "!2"));
  }

  /** A range joins with AND, anything else with OR: the order of the values matters. */
  @Test
  void theFoldDependsOnOrder() {
    String lessThan60 = "{'range': {'uptime': {'lt': 60}}}";
    String missing = "{'bool': {'must_not': [{'exists': {'field': 'uptime'}}]}}";
    assertEquals(
        expected(
            "{'bool': {'should': ["
                + lessThan60
                + ", "
                + missing
                + "], 'minimum_should_match': 1}}"),
        query("uptime", "<60", "__null__"));
    assertEquals(
        expected("{'bool': {'filter': [" + missing + ", " + lessThan60 + "]}}"),
        query("uptime", "__null__", "<60"));
  }

  @Test
  void negatedOperatorsAreAlternativesToo() {
    assertEquals(
        expected(
            "{'bool': {'should': ["
                + "{'bool': {'must_not': [{'wildcard': {'signature.full': {'value': '*a*'}}}]}},"
                + "{'bool': {'must_not': [{'wildcard': {'signature.full': {'value': '*b*'}}}]}}],"
                + " 'minimum_should_match': 1}}"),
        query("signature", "!~a", "!~b"));
  }

  /** Consecutive joins of one kind share one bool: (null AND >5 AND >6) OR null OR 1. */
  @Test
  void foldsNestOnlyWhereTheJoinChanges() {
    String missing = "{'bool': {'must_not': [{'exists': {'field': 'uptime'}}]}}";
    Condition folded =
        ClauseQueries.fold(
            FilterParser.parse(field("uptime"), List.of("__null__", "1", ">5", ">6", "__null__")));
    assertEquals(
        expected(
            "{'bool': {'should': [{'bool': {'filter': ["
                + missing
                + ", {'range': {'uptime': {'gt': 5}}}, {'range': {'uptime': {'gt': 6}}}]}}, "
                + missing
                + ", {'match': {'uptime': 1}}], 'minimum_should_match': 1}}"),
        folded.json().toString());
    assertEquals(3, folded.depth());
  }

  @Test
  void betaVersionsArePrefixes() {
    assertEquals(
        expected(
            "{'bool': {'should': [{'match': {'version': '121.0'}},"
                + " {'wildcard': {'version': {'value': '120.0b*'}}}], 'minimum_should_match': 1}}"),
        query("version", "120.0b", "121.0"));
  }
}
