package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {

  private static List<FilterClause> parse(String name, String... values) {
    return FilterParser.parse(field(name), List.of(values));
  }

  private static FilterClause clause(
      String name, Operator operator, boolean negated, Object... values) {
    return new FilterClause(field(name), operator, negated, List.of(values));
  }

  /** field | value | operator | negated | remaining value */
  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "signature # OOM | small # MATCH       # false # OOM | small",
        "signature # =OOM        # EXACT       # false # OOM",
        "signature # ==OOM       # EXACT       # false # =OOM",
        "signature # ~OOM        # CONTAINS    # false # OOM",
        "signature # ^OOM        # STARTS_WITH # false # OOM",
        "signature # $OOM        # ENDS_WITH   # false # OOM",
        "signature # @OOM.*      # REGEX       # false # OOM.*",
        "signature # !~OOM       # CONTAINS    # true  # OOM",
        "signature # !!OOM       # MATCH       # true  # !OOM",
        "signature # >OOM        # MATCH       # false # >OOM",
        "version   # ^120        # MATCH       # false # ^120",
        "product   # =Firefox    # MATCH       # false # =Firefox",
        "product   # !Firefox    # MATCH       # true  # Firefox",
      })
  void operatorsAreTheOnesTheFieldsTypeTakes(
      String name, String value, Operator operator, boolean negated, String rest) {
    assertEquals(List.of(clause(name, operator, negated, rest)), parse(name, value));
  }

  @Test
  void nullAndTrueTakeNoValue() {
    assertEquals(List.of(clause("url", Operator.NULL, true)), parse("url", "!__null__"));
    assertEquals(List.of(clause("product", Operator.NULL, false)), parse("product", "__null__"));
    assertEquals(
        List.of(clause("safe_mode", Operator.TRUE, false)), parse("safe_mode", "__true__"));
  }

  @Test
  void numbersAreTypedAndTakeRanges() {
    assertEquals(
        List.of(
            clause("uptime", Operator.GREATER_OR_EQUAL, false, 60L),
            clause("uptime", Operator.LESS, true, 3600L),
            clause("uptime", Operator.MATCH, false, 5L)),
        parse("uptime", ">=60", "!<3600", " 5 "));
    assertEquals(
        List.of(
            clause(
                "client_crash_date",
                Operator.GREATER,
                false,
                Instant.parse("2024-10-01T00:00:00Z"))),
        parse("client_crash_date", ">2024-10-01"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "uptime            | abc           | int",
        "uptime            | =5            | int",
        "uptime            | ~5            | int",
        "uptime            | 1.5           | int",
        "uptime            | 99999999999999999999 | int",
        "client_crash_date | >yesterday    | datetime",
      })
  void aValueOfTheWrongTypeIsRefused(String name, String value, String type) {
    BadArgumentException e = assertThrows(BadArgumentException.class, () -> parse(name, value));
    assertEquals("Bad value for parameter " + name + ": not a valid " + type, e.getMessage());
  }

  @Test
  void booleansAreTrueForTruthyWordsOnly() {
    assertEquals(
        List.of(clause("safe_mode", Operator.MATCH, false, true, true, false)),
        parse("safe_mode", "yes", "T", "nope"));
  }

  /** Operator clauses as given, then the negated plain group, then the plain group. */
  @Test
  void clausesComeInSocorrosOrder() {
    assertEquals(
        List.of(
            clause("signature", Operator.CONTAINS, false, "c"),
            clause("signature", Operator.EXACT, true, "e"),
            clause("signature", Operator.MATCH, true, "b", "d"),
            clause("signature", Operator.MATCH, false, "a", "f")),
        parse("signature", "a", "!b", "~c", "!d", "!=e", "f", ""));
  }

  @Test
  void betaVersionsBecomePrefixesAfterEverythingElse() {
    assertEquals(
        List.of(
            clause("version", Operator.NULL, false),
            clause("version", Operator.MATCH, false, "121.0"),
            clause("version", Operator.STARTS_WITH, true, "119.0b"),
            clause("version", Operator.STARTS_WITH, false, "120.0b")),
        parse("version", "120.0b", "__null__", "121.0", "!119.0b"));
  }

  @Test
  void longRegularExpressionsAreRefused() {
    SearchField signature = field("signature");
    String pattern = "a".repeat(FilterParser.MAX_REGEX_LENGTH);
    assertEquals(1, FilterParser.parse(signature, List.of("@" + pattern)).size());
    BadArgumentException e =
        assertThrows(
            BadArgumentException.class,
            () -> FilterParser.parse(signature, List.of("@" + pattern + "a")));
    assertEquals(
        "Search query is too complex: the regular expression for signature is longer than 1000"
            + " characters",
        e.getMessage());
  }
}
