package dev.breakwater.processor.rules;

import static dev.breakwater.processor.pipeline.TestCrashes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules that copy what the collector recorded: keys, metadata, identifiers, checksums. */
class CollectingRulesTest {

  @Test
  void deNullRemovesNulsFromKeysAndValues() {
    ProcessingCrash report = TestCrashes.raw("{}");
    report.rawCrash().put("Pro\0duct", "Fire\0fox");
    report.rawCrash().put("Clean", "value");
    new DeNullRule().action(report);
    assertEquals("Firefox", report.rawCrash().path("Product").asText());
    assertEquals("value", report.rawCrash().path("Clean").asText());
    assertEquals(2, report.rawCrash().size());
    assertTrue(report.notes().joined().contains("NUL"));
  }

  @Test
  void deNullLeavesCleanCrashesAlone() {
    ProcessingCrash report = TestCrashes.raw("{'A': 'b', 'N': 1}");
    new DeNullRule().action(report);
    assertEquals(json("{'A': 'b', 'N': 1}"), report.rawCrash());
    assertEquals("", report.notes().joined());
  }

  @Test
  void crashReportKeysListAnnotationsAndDumpsButNotJunk() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{'ProductName': 'X', 'bad key!': 1, 'metadata': {}}",
            Map.of("upload_file_minidump", new Dump("upload_file_minidump", Path.of("d"), 1)));
    new CrashReportKeysRule().action(report);
    assertEquals(
        json("{'k': ['ProductName', 'upload_file_minidump']}").get("k"),
        report.processedCrash().get("crash_report_keys"));
    assertTrue(report.notes().joined().contains("invalidkeys"));
  }

  @Test
  void collectorMetadataIsCopied() {
    ProcessingCrash report =
        TestCrashes.raw("{'metadata': {'payload': 'json', 'payload_size': 12}}");
    new CollectorMetadataRule().action(report);
    assertEquals(
        json("{'payload': 'json', 'payload_size': 12}"),
        report.processedCrash().get("collector_metadata"));
  }

  @Test
  void missingCollectorMetadataGivesAnEmptyObject() {
    ProcessingCrash report = TestCrashes.raw("{'metadata': 'junk'}");
    new CollectorMetadataRule().action(report);
    assertEquals(json("{}"), report.processedCrash().get("collector_metadata"));
  }

  @Test
  void identifiersComeFromTheCrashIdBeingProcessed() {
    ProcessingCrash report = TestCrashes.raw("{'uuid': 'something-else'}");
    new IdentifierRule().action(report);
    assertEquals(TestCrashes.CRASH_ID, report.processedCrash().path("crash_id").asText());
    assertEquals(TestCrashes.CRASH_ID, report.processedCrash().path("uuid").asText());
    assertTrue(report.notes().joined().contains("differs"));
  }

  @Test
  void dumpChecksumsAreCopied() {
    ProcessingCrash report =
        TestCrashes.raw(
            "{'metadata': {'dump_checksums': {'upload_file_minidump': 'abc', 'memory_report': 'def'}}}");
    new DumpChecksumsRule().action(report);
    assertEquals("abc", report.processedCrash().path("minidump_sha256_hash").asText());
    assertEquals("def", report.processedCrash().at("/dump_checksums/memory_report").asText());
  }

  @Test
  void noChecksumsGiveEmptyValues() {
    ProcessingCrash report = TestCrashes.raw("{}");
    new DumpChecksumsRule().action(report);
    assertEquals("", report.processedCrash().path("minidump_sha256_hash").asText("x"));
    assertEquals(0, report.processedCrash().path("dump_checksums").size());
  }
}
