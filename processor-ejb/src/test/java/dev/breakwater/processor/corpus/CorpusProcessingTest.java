package dev.breakwater.processor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.storage.InMemoryBlobStore;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.RuleObserver;
import dev.breakwater.processor.pipeline.Rulesets;
import dev.breakwater.processor.rules.ProcessorRulesets;
import dev.breakwater.processor.search.IndexedCrash;
import dev.breakwater.processor.stackwalk.BudgetedStackWalker;
import dev.breakwater.processor.stackwalk.MinidumpStackWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.storage.ProcessorStorage;
import dev.breakwater.processor.testing.RequiredTestData;
import dev.breakwater.signature.SignatureGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real minidumps from the shared corpus ({@code ../shared/testdata/minidumps}) through the whole
 * processor with the real stack walker and signature generator. Skipped when the corpus is absent,
 * unless it is required (see {@link RequiredTestData}).
 */
class CorpusProcessingTest {
  static final Path CORPUS = Path.of("../../shared/testdata/minidumps");
  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;
  private BudgetedStackWalker walker;
  private final InMemoryBlobStore store = new InMemoryBlobStore();

  @BeforeAll
  static void requireCorpus() {
    RequiredTestData.corpus(CORPUS);
  }

  @AfterEach
  void stop() {
    walker.close();
  }

  private ObjectNode process(String dump, Path symbols) throws Exception {
    walker =
        new BudgetedStackWalker(
            new MinidumpStackWalker(
                new LocalSymbolSupplier(List.of(symbols)), ProcessOptions.DEFAULT),
            1);
    Rulesets rulesets =
        ProcessorRulesets.create(
            ProcessedCrashSchema.load(),
            walker,
            new StackWalkBudget(Duration.ofSeconds(60), 256L << 20),
            new SignatureGenerator(),
            (status, elapsed) -> {});
    CrashProcessor processor =
        new CrashProcessor(
            new ProcessorStorage(store),
            new Pipeline(rulesets, "corpus", Clock.systemUTC(), RuleObserver.NONE),
            crash -> new IndexedCrash("none", "", ""),
            work);
    store.put(
        StorageKeys.dump(ID, StorageKeys.MAIN_DUMP_NAME), Files.readAllBytes(CORPUS.resolve(dump)));
    store.put(
        StorageKeys.dumpNames(ID), "[\"upload_file_minidump\"]".getBytes(StandardCharsets.UTF_8));
    store.put(
        StorageKeys.rawCrash(ID),
        ("{\"uuid\": \""
                + ID
                + "\", \"ProductName\": \"TestApp\", \"Version\": \"1.0\","
                + " \"submitted_timestamp\": \"2016-09-18T10:00:00Z\"}")
            .getBytes(StandardCharsets.UTF_8));
    processor.process(ID, Rulesets.DEFAULT, false);
    return (ObjectNode) JSON.readTree(store.get(StorageKeys.processedCrash(ID)).orElseThrow());
  }

  @Test
  void windowsX86TestAppWithSymbols() throws Exception {
    ObjectNode crash = process("breakpad/minidump2.dmp", CORPUS.resolve("breakpad/symbols"));
    assertEquals("OK", crash.path("mdsw_status_string").asText());
    assertEquals("(anonymous namespace)::CrashFunction", crash.path("signature").asText());
    assertEquals("EXCEPTION_ACCESS_VIOLATION_WRITE", crash.path("reason").asText());
    assertEquals("Windows NT", crash.path("os_name").asText());
    assertEquals("x86", crash.path("cpu_arch").asText());
    assertEquals("c:\\test_app.cc", crash.path("topmost_filenames").asText());
    assertTrue(crash.path("modules_in_stack").asText().contains("test_app.exe/"));
    assertFalse(
        crash.path("processor_notes").asText().contains("failed"),
        crash.path("processor_notes").asText());
  }

  @Test
  void linuxNullReadWithSymbols() throws Exception {
    ObjectNode crash =
        process("breakpad/linux_null_read_av.dmp", CORPUS.resolve("breakpad/symbols"));
    assertEquals("crash", crash.path("signature").asText());
    assertEquals("Linux", crash.path("os_name").asText());
    assertEquals("amd64", crash.path("cpu_arch").asText());
    assertEquals("0x0000000000000000", crash.path("address").asText());
  }

  @Test
  void aCorruptDumpStillGivesAProcessedCrash() throws Exception {
    ObjectNode crash =
        process("rust-minidump/testdata/invalid-range.dmp", CORPUS.resolve("breakpad/symbols"));
    assertFalse(crash.path("success").asBoolean());
    assertFalse(crash.path("signature").asText().isEmpty());
    assertTrue(crash.path("processor_notes").asText().contains("stack walk status"));
  }
}
