package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrashingThreadInfoRuleTest {
  private final CrashingThreadInfoRule rule = new CrashingThreadInfoRule();

  /** crash_info | expected address */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'address': '0x00000045'}                                                          | 0x00000045",
        "{'address': '0x0000000000000018', 'adjusted_address': {'kind': 'null-pointer', 'offset': '0x18'}} | 0x0000000000000000",
        "{'address': '0x00000018', 'adjusted_address': {'kind': 'null-pointer'}}            | 0x00000000",
        "{'address': '0xffff800000000000', 'adjusted_address': {'kind': 'non-canonical', 'address': '0x0000800000000000'}} | 0x0000800000000000",
        "{'address': '0x1', 'adjusted_address': null}                                       | 0x1",
        "{}                                                                                 | ",
      })
  void address(String crashInfo, String expected) {
    assertEquals(expected, CrashingThreadInfoRule.address(TestCrashes.json(crashInfo)));
  }

  @Test
  void liftsThreadReasonAndName() {
    ProcessingCrash report =
        TestCrashes.processed(
            "{'json_dump': {'crash_info': {'type': 'SIGSEGV /SEGV_MAPERR', 'crashing_thread': 2, 'address': '0x0'},"
                + " 'crashing_thread': {'thread_name': 'Gecko_IOThread'}}}");
    assertTrue(rule.predicate(report));
    rule.action(report);
    var processed = report.processedCrash();
    assertEquals(2, processed.path("crashing_thread").asInt());
    assertEquals("Gecko_IOThread", processed.path("crashing_thread_name").asText());
    assertEquals("SIGSEGV /SEGV_MAPERR", processed.path("reason").asText());
    assertEquals("0x0", processed.path("address").asText());
  }

  @Test
  void noCrashingThreadIsNoted() {
    ProcessingCrash report = TestCrashes.processed("{'json_dump': {'crash_info': {}}}");
    rule.action(report);
    assertTrue(report.processedCrash().get("crashing_thread").isNull());
    assertEquals("", report.processedCrash().path("reason").asText());
    assertTrue(report.notes().joined().contains("did not identify the crashing thread"));
  }

  @Test
  void skippedWithoutJsonDump() {
    assertFalse(rule.predicate(TestCrashes.processed("{}")));
  }
}
