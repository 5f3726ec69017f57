package dev.breakwater.webapp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-10-01                       | 2024-10-01T00:00:00Z",
        "2024-1-5                         | 2024-01-05T00:00:00Z",
        "2024-10-01T10:00:00              | 2024-10-01T10:00:00Z",
        "2024-10-01 10:00:00              | 2024-10-01T10:00:00Z",
        "2024-10-01T10:00                 | 2024-10-01T10:00:00Z",
        "2024-10-01T10:00:00.123456Z      | 2024-10-01T10:00:00.123456Z",
        "2024-10-01 10:00:00.5Z           | 2024-10-01T10:00:00.500Z",
        "2024-10-01T10:00:00+02:00        | 2024-10-01T08:00:00Z",
        "2024-10-01T10:00:00-0530         | 2024-10-01T15:30:00Z",
        "2024-10-01T10:00:00+02           | 2024-10-01T08:00:00Z",
      })
  void readsSocorrosFormats(String text, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), DateValues.parse(text));
  }

  /** An unencoded + arrives as a space; Socorro then reads the time as UTC. */
  @ParameterizedTest
  @ValueSource(strings = {"2024-10-01T10:00:00 02:00", "2024-10-01 10:00:00.000 0200"})
  void anOffsetAfterASpaceIsDropped(String text) {
    assertEquals(Optional.of(Instant.parse("2024-10-01T10:00:00Z")), DateValues.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2024-13-01",
        "2024-02-30",
        "2024-10-01T25:00:00",
        "2024-10-01T10:00:00+19:00",
        "1727776800",
        "2024-10-01T10:00:00Zjunk",
        "=2024-10-01"
      })
  void refusesAnythingElse(String text) {
    assertEquals(Optional.empty(), DateValues.parse(text));
  }
}
