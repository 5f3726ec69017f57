package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.ANONYMOUS;
import static dev.breakwater.webapp.search.SearchFixtures.UNREDACTED;
import static dev.breakwater.webapp.search.SearchFixtures.json;
import static dev.breakwater.webapp.search.SearchFixtures.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.search.SearchField;
import dev.breakwater.webapp.api.BadArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultOptionsTest {

  private static ResultOptions options(FieldAccess access, String... keysAndValues) {
    return ResultOptions.parse(parameters(keysAndValues), access);
  }

  private static List<String> columns(ResultOptions options) {
    return options.columns().stream().map(SearchField::name).toList();
  }

  @Test
  void defaults() {
    ResultOptions options = options(ANONYMOUS);
    assertEquals(List.of("uuid", "date", "signature", "product", "version"), columns(options));
    assertEquals(List.of(), options.sort());
    assertEquals(100, options.number());
    assertEquals(0, options.offset());
    assertFalse(options.returnQuery());
  }

  /** Columns are not sanitized: a protected column is removed from the hits afterwards. */
  @Test
  void columnsAreTheOnesAskedForProtectedIncluded() {
    assertEquals(
        List.of("url", "signature"),
        columns(options(ANONYMOUS, "_columns", "url", "_columns", "", "_columns", "signature")));
    assertEquals(List.of(), columns(options(ANONYMOUS, "_columns", "")));
  }

  @Test
  void anUnknownColumnIsRefusedEverywhere() {
    for (FieldAccess access : List.of(ANONYMOUS, UNREDACTED)) {
      BadArgumentException e =
          assertThrows(BadArgumentException.class, () -> options(access, "_columns", "nope"));
      assertEquals("Unknown field 'nope'", e.getMessage());
    }
  }

  @Test
  void sortIsDescendingWithAMinusAndOnTheWholeValue() {
    ResultOptions options = options(ANONYMOUS, "_sort", "-date", "_sort", "signature");
    assertEquals(
        json("[{'date': {'order': 'desc', 'unmapped_type': 'date'}},"
                + " {'signature.full': {'order': 'asc', 'unmapped_type': 'keyword'}}]")
            .toString(),
        options.sort().stream().map(SortKey::json).toList().toString().replace(" ", ""));
  }

  @Test
  void sortDropsWhatTheCallerMayNotSeeOrThatIsUnknownUnlessUnredacted() {
    assertEquals(
        List.of(), options(ANONYMOUS, "_sort", "-url", "_sort", "nope", "_sort", "-").sort());
    assertEquals(1, options(UNREDACTED, "_sort", "-url").sort().size());
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> options(UNREDACTED, "_sort", "-nope"));
    assertEquals("Unknown field 'nope'", e.getMessage());
  }

  @Test
  void pagingTakesTheLastValueAndSocorrosIntegers() {
    ResultOptions options =
        options(
            ANONYMOUS, "_results_number", "5", "_results_number", " 7.0 ", "_results_offset", "");
    assertEquals(7, options.number());
    assertEquals(0, options.offset());
    assertEquals(0, options(ANONYMOUS, "_results_number", "0").number());
  }

  /** parameter | value | message */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "_results_number | 1001   | _results_number cannot be greater than 1,000",
        "_results_number | -1     | _results_number cannot be negative",
        "_results_number | 99999999999999999999 | _results_number cannot be greater than 1,000",
        "_results_offset | -5     | _results_offset cannot be negative",
        "_results_offset | 9901   | _results_offset + _results_number cannot be greater than 10,000",
        "_results_offset | 9223372036854775807 | _results_offset + _results_number cannot be greater"
            + " than 10,000",
      })
  void pagingIsBounded(String parameter, String value, String message) {
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> options(ANONYMOUS, parameter, value));
    assertEquals(message, e.getMessage());
    assertEquals(10_000, options(ANONYMOUS, "_results_offset", "9900").offset() + 100);
  }

  @Test
  void aNumberThatIsNotOneIsAFormError() {
    InvalidFormException e =
        assertThrows(
            InvalidFormException.class, () -> options(ANONYMOUS, "_results_number", "ten"));
    assertEquals(Map.of("_results_number", List.of("Enter a whole number.")), e.errors());
    assertThrows(InvalidFormException.class, () -> options(ANONYMOUS, "_results_offset", "1.5"));
  }

  @Test
  void returnQueryIsTruthy() {
    assertTrue(options(ANONYMOUS, "_return_query", "True").returnQuery());
    assertFalse(options(ANONYMOUS, "_return_query", "0").returnQuery());
  }
}
