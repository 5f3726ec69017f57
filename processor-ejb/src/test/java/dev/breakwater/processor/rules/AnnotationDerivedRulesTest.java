package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Major version, process type and report type: small derivations, table-driven. */
class AnnotationDerivedRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'version': '128.0.1'} | 128",
        "{'version': '3.2b1'}   | 3",
        "{'version': '52.0esr'} | 52",
        "{'version': 'Nightly 240101 10:00'} | 0",
        "{'version': ''}        | 0",
        "{}                     | 0",
        "{'version': '99999999999.1'} | 0",
      })
  void majorVersion(String processed, int expected) {
    ProcessingCrash report = TestCrashes.processed(processed);
    new MajorVersionRule().action(report);
    assertEquals(expected, report.processedCrash().path("major_version").asInt(-1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{} | parent",
        "{'process_type': ''} | parent",
        "{'process_type': ' Content '} | content",
        "{'process_type': 'gpu'} | gpu"
      })
  void processType(String processed, String expected) {
    ProcessingCrash report = TestCrashes.processed(processed);
    new ProcessTypeRule().action(report);
    assertEquals(expected, report.processedCrash().path("process_type").asText());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{}                                              | crash",
        "{'ipc_channel_error': 'ShutDownKill'}           | hang",
        "{'async_shutdown_timeout': '{}'}                | hang",
        "{'hang_type': 1}                                | hang",
        "{'hang_type': 0}                                | crash",
        "{'hang_type': -1}                               | hang",
        "{'crashing_thread': 0, 'json_dump': {'threads': [{'frames': [{'function': 'mozilla::(anonymous namespace)::RunWatchdog(void*)'}]}]}} | hang",
        "{'crashing_thread': 0, 'json_dump': {'threads': [{'frames': [{'function': 'main'}]}]}} | crash",
        "{'crashing_thread': 5, 'json_dump': {'threads': []}} | crash",
      })
  void reportType(String processed, String expected) {
    ProcessingCrash report = TestCrashes.processed(processed);
    new ReportTypeRule().action(report);
    assertEquals(expected, report.processedCrash().path("report_type").asText());
  }
}
