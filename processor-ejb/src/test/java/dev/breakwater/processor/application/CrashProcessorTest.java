package dev.breakwater.processor.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.storage.InMemoryBlobStore;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.RuleObserver;
import dev.breakwater.processor.pipeline.Rulesets;
import dev.breakwater.processor.rules.ProcessorRulesets;
import dev.breakwater.processor.search.CrashIndex;
import dev.breakwater.processor.search.IndexedCrash;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.stackwalk.StackWalkResult;
import dev.breakwater.processor.storage.ProcessorStorage;
import dev.breakwater.signature.SignatureGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashProcessorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @TempDir Path work;
  private final InMemoryBlobStore store = new InMemoryBlobStore();
  private final List<ObjectNode> indexed = new ArrayList<>();
  private final List<Path> walkedFiles = new ArrayList<>();
  private boolean indexDown;
  private String topFunction = "crash_here(int)";
  private CrashProcessor processor;

  /** Reads the dump's first line as the OS name and signs with {@link #topFunction}. */
  private final DumpWalker walker =
      new DumpWalker() {
        @Override
        public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
          walkedFiles.add(minidump);
          try {
            String os = Files.readString(minidump).strip();
            ObjectNode dump =
                (ObjectNode)
                    JSON.readTree(
                        ("{'status': 'OK', 'system_info': {'os': '%s'}, 'crash_info': {'crashing_thread': 0},"
                                + " 'threads': [{'frames': [{'frame': 0, 'module': 'app', 'function': '%s'}]}]}")
                            .formatted(os, topFunction)
                            .replace('\'', '"'));
            return new StackWalkResult(dump, "OK", "");
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public String version() {
          return "fake";
        }
      };

  private final CrashIndex index =
      processed -> {
        if (indexDown) {
          throw new IOException("connection refused");
        }
        indexed.add(processed.deepCopy());
        return new IndexedCrash("crashes_20160912", "", "");
      };

  @BeforeEach
  void setUp() {
    Rulesets rulesets =
        ProcessorRulesets.create(
            ProcessedCrashSchema.load(),
            walker,
            new StackWalkBudget(Duration.ofSeconds(5), 1 << 20),
            new SignatureGenerator(),
            (status, elapsed) -> {});
    Pipeline pipeline = new Pipeline(rulesets, "test", Clock.systemUTC(), RuleObserver.NONE);
    processor = new CrashProcessor(new ProcessorStorage(store), pipeline, index, work);
  }

  private void storeCrash(String submitted, String dumpNames) {
    store.put(
        StorageKeys.dump(ID, "upload_file_minidump"), "Linux\n".getBytes(StandardCharsets.UTF_8));
    store.put(StorageKeys.dumpNames(ID), dumpNames.getBytes(StandardCharsets.UTF_8));
    store.put(
        StorageKeys.rawCrash(ID),
        ("{\"uuid\": \""
                + ID
                + "\", \"ProductName\": \"App\", \"submitted_timestamp\": \""
                + submitted
                + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private ObjectNode stored() throws IOException {
    return (ObjectNode) JSON.readTree(store.get(StorageKeys.processedCrash(ID)).orElseThrow());
  }

  @Test
  void storesThenIndexesTheProcessedCrash() throws Exception {
    storeCrash("2016-09-18T10:00:00Z", "[\"upload_file_minidump\"]");
    ProcessingResult result = processor.process(ID, Rulesets.DEFAULT, false);

    assertEquals("crash_here", result.signature());
    assertEquals(Rulesets.DEFAULT, result.ruleset());
    ObjectNode stored = stored();
    assertEquals("crash_here", stored.path("signature").asText());
    assertEquals("Linux", stored.path("os_name").asText());
    assertEquals("App", stored.path("product").asText());
    assertEquals(
        stored.toString(), indexed.get(0).toString(), "the indexed crash is the stored one");
    assertFalse(Files.exists(walkedFiles.get(0)), "fetched dumps are deleted");
    try (var left = Files.list(work)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void aCrashWhoseIdDateDiffersFromItsSubmittedTimestampIsProcessedNormally() throws Exception {
    storeCrash("2016-09-21T08:00:00Z", "[\"upload_file_minidump\"]"); // ID says 2016-09-18
    processor.process(ID, Rulesets.DEFAULT, false);
    assertEquals("2016-09-21T08:00:00Z", stored().path("date_processed").asText());
    assertEquals("crash_here", stored().path("signature").asText());
  }

  @Test
  void aMissingRawCrashIsReported() {
    assertThrows(
        MissingRawCrashException.class, () -> processor.process(ID, Rulesets.DEFAULT, false));
    assertTrue(indexed.isEmpty());
  }

  @Test
  void aListedDumpThatIsNotStoredIsNoted() throws Exception {
    storeCrash(
        "2016-09-18T10:00:00Z", "[\"upload_file_minidump\", \"upload_file_minidump_browser\"]");
    processor.process(ID, Rulesets.DEFAULT, false);
    assertTrue(
        stored()
            .path("processor_notes")
            .asText()
            .contains("dump upload_file_minidump_browser is listed but not stored"));
  }

  @Test
  void regenerateSignatureChangesOnlyTheSignatureAndKeepsHistory() throws Exception {
    storeCrash("2016-09-18T10:00:00Z", "[\"upload_file_minidump\"]");
    processor.process(ID, Rulesets.DEFAULT, false);
    ObjectNode first = stored();
    topFunction = "other_function()";
    // A full processing would now see the new top frame; regenerate_signature must not walk.
    ProcessingResult result = processor.process(ID, Rulesets.REGENERATE_SIGNATURE, true);

    assertEquals(Rulesets.REGENERATE_SIGNATURE, result.ruleset());
    assertEquals(1, walkedFiles.size(), "no second stack walk");
    ObjectNode second = stored();
    assertEquals(first.path("json_dump"), second.path("json_dump"));
    assertEquals(first.path("processor_notes"), second.at("/processor_history/0"));
    assertEquals(first.path("date_processed"), second.path("date_processed"));
  }

  @Test
  void regenerateSignatureOfANeverProcessedCrashRunsEverything() throws Exception {
    storeCrash("2016-09-18T10:00:00Z", "[\"upload_file_minidump\"]");
    ProcessingResult result = processor.process(ID, Rulesets.REGENERATE_SIGNATURE, true);
    assertEquals(Rulesets.DEFAULT, result.ruleset());
    assertEquals("Linux", stored().path("os_name").asText());
  }

  @Test
  void anUnreachableIndexFailsAfterTheCrashIsStored() throws Exception {
    storeCrash("2016-09-18T10:00:00Z", "[\"upload_file_minidump\"]");
    indexDown = true;
    assertThrows(IOException.class, () -> processor.process(ID, Rulesets.DEFAULT, false));
    assertTrue(store.exists(StorageKeys.processedCrash(ID)), "a redelivery replaces it");
  }

  @Test
  void unknownRulesetsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> processor.process(ID, "nope", false));
  }
}
