package dev.breakwater.crash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrashIndicesTest {
  private final CrashIndices indices = new CrashIndices("crashes_");

  @ParameterizedTest
  @CsvSource({
    "2016-09-18T10:00:00Z, crashes_20160912",
    "2016-09-12T00:00:00Z, crashes_20160912",
    "2016-09-11T23:59:59.999Z, crashes_20160905",
    "2021-01-01T12:00:00Z, crashes_20201228",
  })
  void weeklyIndexStartsOnMondayUtc(String date, String expected) {
    assertEquals(expected, indices.indexFor(Instant.parse(date)));
  }

  @org.junit.jupiter.api.Test
  void indicesBetweenCoverEveryWeek() {
    assertEquals(
        List.of("crashes_20160905", "crashes_20160912", "crashes_20160919"),
        indices.indicesBetween(
            Instant.parse("2016-09-11T00:00:00Z"), Instant.parse("2016-09-19T00:00:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Upper", "_leading", "with space", "a*b"})
  void invalidPrefixesAreRefused(String prefix) {
    assertThrows(IllegalArgumentException.class, () -> new CrashIndices(prefix));
  }
}
