package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesAndTimesRuleTest {
  private final DatesAndTimesRule rule = new DatesAndTimesRule();

  /** raw crash | processed crash | uptime | install_age | crash_time */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'CrashTime': '1000'}                     | {'startup_time': 900, 'install_time': 100} | 100 | 900 | 1000",
        "{'CrashTime': 1000}                       | {'startup_time': 1100}                     | 0   | -100 | 1000",
        "{'CrashTime': '1000'}                     | {'json_dump': {'process_uptime': 42}}      | 42  | 0   | 1000",
        "{'CrashTime': '1000'}                     | {'startup_time': 990, 'json_dump': {'process_uptime': 42}} | 10 | 10 | 1000",
        "{}                                        | {}                                         | 0   | 0   | 1473956591",
        "{'CrashTime': 'soon'}                     | {}                                         | 0   | 0   | 1473956591",
      })
  void durations(String raw, String processed, long uptime, long installAge, long crashTime) {
    ProcessingCrash report = TestCrashes.of(withSubmitted(raw), processed);
    rule.action(report);
    assertEquals(uptime, report.processedCrash().path("uptime").asLong());
    assertEquals(installAge, report.processedCrash().path("install_age").asLong());
    assertEquals(crashTime, report.processedCrash().path("crash_time").asLong());
  }

  private static String withSubmitted(String raw) {
    return raw.replaceFirst(
        "^\\{",
        "{'submitted_timestamp': '2016-09-15T16:23:11.123456+00:00'"
            + (raw.equals("{}") ? "" : ", "));
  }

  @Test
  void dateProcessedIsTheSubmittedTimestampInUtc() {
    ProcessingCrash report =
        TestCrashes.raw(
            "{'submitted_timestamp': '2016-09-15T18:23:11.5+02:00', 'CrashTime': '1473956500'}");
    rule.action(report);
    var processed = report.processedCrash();
    assertEquals("2016-09-15T16:23:11.500Z", processed.path("date_processed").asText());
    assertEquals("2016-09-15T16:23:11.500Z", processed.path("submitted_timestamp").asText());
    assertEquals("2016-09-15T16:21:40Z", processed.path("client_crash_date").asText());
  }

  @Test
  void aCrashIdDateThatDisagreesWithTheSubmittedTimestampIsProcessedNormally() {
    // The crash ID says 2016-09-18; it was submitted on the 15th.
    ProcessingCrash report = TestCrashes.raw("{'submitted_timestamp': '2016-09-15T23:59:59Z'}");
    rule.action(report);
    assertEquals("2016-09-15T23:59:59Z", report.processedCrash().path("date_processed").asText());
    assertTrue(report.notes().joined().contains("client_crash_date is unknown"));
  }

  @Test
  void aMissingSubmittedTimestampFallsBackToTheCrashIdDate() {
    ProcessingCrash report = TestCrashes.raw("{}");
    rule.action(report);
    assertEquals("2016-09-18T00:00:00Z", report.processedCrash().path("date_processed").asText());
    assertTrue(report.notes().joined().contains("submitted_timestamp is missing"));
  }
}
