package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.NOW;
import static dev.breakwater.webapp.search.SearchFixtures.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.webapp.api.BadArgumentException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

  private static DateRange range(String... values) {
    return DateRange.of(field("date"), List.of(values), NOW);
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void noDateIsTheLastSevenDays() {
    DateRange range = range();
    assertEquals(NOW.minus(Duration.ofDays(7)), range.from());
    assertEquals(NOW, range.to());
    assertEquals(Operator.LESS_OR_EQUAL, range.upper().operator());
    assertEquals(Operator.GREATER_OR_EQUAL, range.lower().operator());
  }

  @Test
  void aMissingUpperBoundIsNowAndAMissingLowerOneAWeekBeforeTheUpper() {
    DateRange since = range(">2024-10-05");
    assertEquals(at("2024-10-05T00:00:00Z"), since.from());
    assertEquals(Operator.GREATER, since.lower().operator());
    assertEquals(NOW, since.to());
    DateRange until = range("<2024-09-10T06:00:00");
    assertEquals(at("2024-09-03T06:00:00Z"), until.from());
    assertEquals(Operator.GREATER_OR_EQUAL, until.lower().operator());
    assertEquals(Operator.LESS, until.upper().operator());
  }

  @Test
  void boundsIntersect() {
    DateRange range =
        range(">=2024-10-01", "<2024-10-09", ">2024-10-03", "<=2024-10-08 12:00:00", ">2024-09-01");
    assertEquals(at("2024-10-03T00:00:00Z"), range.from());
    assertEquals(Operator.GREATER, range.lower().operator());
    assertEquals(at("2024-10-08T12:00:00Z"), range.to());
    assertEquals(Operator.LESS_OR_EQUAL, range.upper().operator());
  }

  @Test
  void aYearIsTheLongestRange() {
    assertEquals(at("2023-10-11T00:00:00Z"), range(">=2023-10-11", "<=2024-10-10").from());
    BadArgumentException e =
        assertThrows(BadArgumentException.class, () -> range(">=2023-10-10T11:59:59"));
    assertEquals("Date range is bigger than 365 days", e.getMessage());
  }

  /** value | message */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-10-01             | date must have a prefix operator",
        "=2024-10-01            | Bad value for parameter date: not a valid datetime",
        "__null__               | Bad value for parameter date: not a valid datetime",
        ">last week             | Bad value for parameter date: not a valid datetime",
      })
  void everyDateNeedsAnOperatorAndAValidDate(String value, String message) {
    assertEquals(
        message, assertThrows(BadArgumentException.class, () -> range(value)).getMessage());
  }

  /** All values are read before the operators are checked, as in Socorro. */
  @Test
  void anInvalidDateIsReportedBeforeAMissingOperator() {
    assertEquals(
        "Bad value for parameter date: not a valid datetime",
        assertThrows(BadArgumentException.class, () -> range("2024-10-01", ">nope")).getMessage());
  }

  @Test
  void theBoundsAreTwoRangesThatFoldWithAnd() {
    assertEquals(
        SearchFixtures.json(
                "{'bool': {'filter': [{'range': {'date': {'lt': '2024-10-08T00:00:00Z'}}},"
                    + " {'range': {'date': {'gte': '2024-10-01T00:00:00Z'}}}]}}")
            .toString(),
        ClauseQueries.fold(range(">=2024-10-01", "<2024-10-08").clauses()).json().toString());
  }
}
