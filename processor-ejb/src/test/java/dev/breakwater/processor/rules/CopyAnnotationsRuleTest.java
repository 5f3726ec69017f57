package dev.breakwater.processor.rules;

import static dev.breakwater.processor.pipeline.TestCrashes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyAnnotationsRuleTest {
  private static final CopyAnnotationsRule RULE =
      new CopyAnnotationsRule(ProcessedCrashSchema.load());

  /** raw crash | processed field | expected value as JSON (absent = not copied) | note fragment */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'ProductName': 'Firefox'}              | product        | 'Firefox'  |",
        "{'prod': 'Electron App'}                | product        | 'Electron App' |",
        "{'ProductName': 'A', 'prod': 'B'}       | product        | 'A'        |",
        "{'Version': 3}                          | version        | '3'        |",
        "{'StartupTime': '1700000000'}           | startup_time   | 1700000000 |",
        "{'StartupTime': 1700000000}             | startup_time   | 1700000000 |",
        "{'StartupTime': ' 17 '}                 | startup_time   | 17         |",
        "{'StartupTime': 'yesterday'}            | startup_time   |            | StartupTime has a non-integer value",
        "{'SafeMode': '1'}                       | safe_mode      | true       |",
        "{'SafeMode': 'false'}                   | safe_mode      | false      |",
        "{'SafeMode': 'maybe'}                   | safe_mode      |            | SafeMode has a non-boolean value",
        "{'OOMAllocationSize': '1048576'}        | oom_allocation_size | 1048576 |",
        "{}                                      | process_type   | 'parent'   |",
        "{'ProcessType': 'content'}              | process_type   | 'content'  |",
        "{'ptype': 'renderer'}                   | process_type   | 'renderer' |",
        "{'URL': 'https://example.com'}          | url            | 'https://example.com' |",
        "{'ProductName': null}                   | product        |            |",
      })
  void copiesAndConverts(String raw, String field, String expected, String note) {
    ProcessingCrash report = TestCrashes.raw(raw);
    RULE.action(report);
    if (expected == null) {
      assertFalse(report.processedCrash().has(field), report.processedCrash().toString());
    } else {
      assertEquals(json("{'v': " + expected + "}").get("v"), report.processedCrash().get(field));
    }
    if (note != null) {
      assertTrue(report.notes().joined().contains(note), report.notes().joined());
    }
  }

  /** annotation text (as a form field sends it) | type | expected JSON (absent = refused) */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'a': 1}            | object  | {'a': 1}",
        "[1, 2]              | array   | [1, 2]",
        "not json            | object  | ",
        "[1]                 | object  | ",
        "12.5                | number  | 12.5",
        "NaN                 | number  | ",
        "9999999999999999999 | integer | ",
      })
  void convertsTextToContainersAndNumbers(String text, String type, String expected) {
    var value = JsonNodeFactory.instance.textNode(text.replace('\'', '"'));
    var converted = CopyAnnotationsRule.convert(value, type);
    if (expected == null) {
      assertTrue(converted.isEmpty(), converted.toString());
    } else {
      assertEquals(json("{'v': " + expected + "}").get("v"), converted.orElseThrow());
    }
  }

  @Test
  void containersFromAJsonExtraPartAreTakenAsTheyAre() {
    var converted = CopyAnnotationsRule.convert(json("{'v': {'a': [1]}}").get("v"), "object");
    assertEquals(json("{'a': [1]}"), converted.orElseThrow());
  }
}
