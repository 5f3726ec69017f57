package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.queue.RulesetNames;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.RuleObserver;
import dev.breakwater.processor.pipeline.Rulesets;
import dev.breakwater.processor.pipeline.TestCrashes;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.stackwalk.StackWalkResult;
import dev.breakwater.signature.SignatureGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole default ruleset on a realistic crash, and regenerate_signature after it. */
class ProcessorRulesetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RAW =
      "{'uuid': '"
          + TestCrashes.CRASH_ID
          + "', 'submitted_timestamp': '2016-09-18T10:00:00Z',"
          + " 'ProductName': 'App', 'Version': '12.0.1', 'ReleaseChannel': 'beta', 'BuildID': '20160918',"
          + " 'CrashTime': '1474192790', 'StartupTime': '1474192700', 'URL': 'https://secret.example',"
          + " 'metadata': {'payload': 'multipart', 'dump_checksums': {'upload_file_minidump': 'ab12'}}}";

  private String signatureSuffix = "";

  private final DumpWalker walker =
      new DumpWalker() {
        @Override
        public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
          try (InputStream in =
              getClass().getClassLoader().getResourceAsStream("sample_json_dump.json")) {
            return new StackWalkResult((ObjectNode) JSON.readTree(in), "OK", "");
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public String version() {
          return "fake";
        }
      };

  /** Signs with the crashing frame's function, so a real stack must have reached it. */
  private final SignatureGenerator signatures =
      new SignatureGenerator(
          List.of(
              (crash, state) ->
                  state.setSignature(
                      "TopFrame",
                      crash.thread(crash.crashingThread()).at("/frames/0/function").asText("EMPTY")
                          + signatureSuffix)));

  private Pipeline pipeline() {
    Rulesets rulesets =
        ProcessorRulesets.create(
            ProcessedCrashSchema.load(),
            walker,
            new StackWalkBudget(Duration.ofSeconds(1), 1 << 20),
            signatures,
            (s, d) -> {});
    return new Pipeline(rulesets, "test", Clock.systemUTC(), RuleObserver.NONE);
  }

  private static ProcessingCrash report() {
    return TestCrashes.withDumps(
        RAW, Map.of(Dump.MAIN_MINIDUMP, new Dump(Dump.MAIN_MINIDUMP, Path.of("minidump"), 100)));
  }

  @Test
  void defaultRulesetFillsTheMainFieldsWithoutRuleFailures() {
    ObjectNode crash = pipeline().process(Rulesets.DEFAULT, report());
    assertFalse(
        crash.path("processor_notes").asText().contains("failed"),
        crash.path("processor_notes").asText());
    assertEquals(TestCrashes.CRASH_ID, crash.path("crash_id").asText());
    assertEquals("crash_here()", crash.path("signature").asText());
    assertEquals("App", crash.path("product").asText());
    assertEquals(12, crash.path("major_version").asInt());
    assertEquals("Windows NT", crash.path("os_name").asText());
    assertEquals("Windows 10", crash.path("os_pretty_version").asText());
    assertEquals("Windows", crash.path("platform").asText());
    assertEquals("amd64", crash.path("cpu_arch").asText());
    assertEquals(8, crash.path("cpu_count").asInt());
    assertEquals("0x0000000000000000", crash.path("address").asText());
    assertEquals("EXCEPTION_ACCESS_VIOLATION_READ", crash.path("reason").asText());
    assertEquals(90, crash.path("uptime").asInt());
    assertEquals("2016-09-18T10:00:00Z", crash.path("date_processed").asText());
    assertEquals("parent", crash.path("process_type").asText());
    assertEquals("crash", crash.path("report_type").asText());
    assertEquals("src/app.cpp", crash.path("topmost_filenames").asText());
    assertEquals(
        "app.exe/0123456789ABCDEF0123456789ABCDEF1;kernel32.dll/AAAABBBBCCCCDDDDEEEEFFFF000011112",
        crash.path("modules_in_stack").asText());
    assertTrue(crash.path("missing_symbols").asText().startsWith("kernel32.dll/10.0.19041.1/"));
    assertEquals("ab12", crash.path("minidump_sha256_hash").asText());
    assertEquals("https://secret.example", crash.path("url").asText());
  }

  @Test
  void regenerateSignatureChangesOnlyTheSignatureFields() {
    Pipeline pipeline = pipeline();
    ObjectNode first = pipeline.process(Rulesets.DEFAULT, report());
    ObjectNode before = first.deepCopy();
    signatureSuffix = " | v2";
    ProcessingCrash again =
        new ProcessingCrash(TestCrashes.CRASH_ID, TestCrashes.json("{}"), Map.of(), first);
    ObjectNode second = pipeline.process(Rulesets.REGENERATE_SIGNATURE, again);

    assertEquals("crash_here() | v2", second.path("signature").asText());
    assertEquals(before.path("processor_notes"), second.at("/processor_history/0"));
    List<String> allowedToChange =
        List.of(
            "signature",
            "signature_debug",
            "proto_signature",
            "processor_notes",
            "processor_history",
            "started_datetime",
            "completed_datetime");
    for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowedToChange.contains(name)) {
        assertEquals(before.get(name), second.get(name), name);
      }
    }
    assertEquals(before.size(), second.size());
  }

  @Test
  void signatureGenerationIsLastAndAloneInRegenerateSignature() {
    Rulesets rulesets = pipeline().rulesets();
    var defaults = rulesets.get(Rulesets.DEFAULT).orElseThrow().rules();
    assertEquals("SignatureGeneratorRule", defaults.get(defaults.size() - 1).name());
    var regenerate = rulesets.get(Rulesets.REGENERATE_SIGNATURE).orElseThrow().rules();
    assertEquals(
        List.of("SignatureGeneratorRule"), regenerate.stream().map(r -> r.name()).toList());
  }

  @Test
  void theProcessorImplementsExactlyTheRulesetsTheWebappAccepts() {
    assertEquals(RulesetNames.ALL, pipeline().rulesets().names());
  }
}
