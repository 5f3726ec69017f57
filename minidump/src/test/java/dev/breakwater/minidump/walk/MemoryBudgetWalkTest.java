package dev.breakwater.minidump.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.testing.StackBytes;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory budget of a run: symbol files that would take it past the budget are not loaded (the
 * walk goes on without them and says so), and threads whose frames would are not walked.
 */
class MemoryBudgetWalkTest {
  static final String APP_DEBUG_ID = "040302010605080700000000000000000";
  static final String LIB_DEBUG_ID = "141312111615181700000000000000000";

  @TempDir Path symbols;
  Path appSym;
  Path libSym;

  @BeforeEach
  void symbolFiles() throws IOException {
    // app's leaf returns into lib through CFI, so the walk needs both files.
    appSym =
        symbolFile(
            "app",
            APP_DEBUG_ID,
            "MODULE Linux x86_64 " + APP_DEBUG_ID + " app",
            "FILE 1 a.c",
            "FUNC 1000 100 0 leaf",
            "1000 100 1 1",
            "STACK CFI INIT 1000 100 .cfa: $rsp 16 + .ra: .cfa -8 + ^");
    libSym =
        symbolFile(
            "lib.so",
            LIB_DEBUG_ID,
            "MODULE Linux x86_64 " + LIB_DEBUG_ID + " lib.so",
            "FILE 1 l.c",
            "FUNC 1000 100 0 library_function",
            "1000 100 7 1");
  }

  Path symbolFile(String debugFile, String debugId, String... lines) throws IOException {
    Path dir = Files.createDirectories(symbols.resolve(debugFile).resolve(debugId));
    return Files.writeString(dir.resolve(debugFile + ".sym"), String.join("\n", lines) + "\n");
  }

  static byte[] dump(int threads) {
    StackBytes stack = new StackBytes(0x7ffe0000L, 0x100, 8).word(0x7ffe0008L, 0x501010);
    byte[] context = SyntheticContext.amd64(0x401010, 0x7ffe0000L, 0, Map.of(), 1232);
    SyntheticMinidump dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 1, "Linux 5.10 x86_64")
            .module(0x400000, 0x10000, "/bin/app", CodeViewSpec.elf("0102030405060708"))
            .module(0x500000, 0x10000, "/lib/lib.so", CodeViewSpec.elf("1112131415161718"));
    for (int id = 1; id <= threads; id++) {
      dump.thread(id, context, stack.start(), stack.bytes());
    }
    return dump.build();
  }

  ProcessState process(byte[] dump, long budget) {
    return MinidumpProcessor.process(
        dump,
        new LocalSymbolSupplier(List.of(symbols)),
        ProcessOptions.DEFAULT.withMemoryBudget(budget));
  }

  static long indexBytes(Path symFile) throws IOException {
    return SymbolFile.parse(symFile).estimatedMemoryBytes();
  }

  @Test
  void symbolFileThatWouldPassTheBudgetIsSkippedAndTheWalkGoesOn() throws IOException {
    byte[] dump = dump(1);
    long budget = dump.length + indexBytes(appSym) + indexBytes(libSym) - 1;

    ProcessState state = process(dump, budget);

    assertEquals(ProcessStatus.OK, state.status());
    List<StackFrame> frames = state.walkedThreads().get(0).frames();
    assertEquals(2, frames.size());
    assertEquals("leaf", frames.get(0).function());
    assertEquals("lib.so", frames.get(1).module().codeFileName());
    assertNull(frames.get(1).function());
    assertEquals(
        List.of("lib.so"),
        state.memory().skippedSymbols().stream().map(Module::codeFileName).toList());
    assertTrue(state.problems().stream().anyMatch(p -> p.contains("memory budget of " + budget)));

    Map<String, Object> json = JsonOutput.document(state);
    Map<?, ?> lib = module(json, "lib.so");
    assertEquals(false, lib.get("loaded_symbols"));
    assertEquals(false, lib.get("missing_symbols"), "the symbols exist; they were not loaded");
    assertEquals("memory budget", lib.get("skipped_symbols"));
    assertEquals(true, module(json, "app").get("loaded_symbols"));
    assertFalse(module(json, "app").containsKey("skipped_symbols"));
    Map<?, ?> memory = (Map<?, ?>) json.get("memory_budget");
    assertEquals(budget, memory.get("budget_bytes"));
    assertEquals(List.of("lib.so"), memory.get("skipped_symbols"));
    assertEquals(0, memory.get("threads_not_walked"));
  }

  @Test
  void budgetThatHoldsEverySymbolFileLeavesNothingOut() throws IOException {
    byte[] dump = dump(1);
    long budget = dump.length + indexBytes(appSym) + indexBytes(libSym) + 4 * 400;

    ProcessState state = process(dump, budget);

    List<StackFrame> frames = state.walkedThreads().get(0).frames();
    assertEquals("leaf", frames.get(0).function());
    assertEquals("library_function", frames.get(1).function());
    assertEquals(List.of(), state.memory().skippedSymbols());
    assertFalse(JsonOutput.document(state).containsKey("memory_budget"));
  }

  @Test
  void oncePastTheBudgetNoFurtherSymbolFileIsLookedUp() throws IOException {
    byte[] dump = dump(1);

    ProcessState state = process(dump, dump.length + 1);

    assertNull(state.walkedThreads().get(0).frames().get(0).function());
    assertEquals(
        List.of("app", "lib.so"),
        state.memory().skippedSymbols().stream().map(Module::codeFileName).toList());
  }

  @Test
  void threadsWhoseFramesWouldPassTheBudgetAreNotWalked() {
    byte[] dump = dump(3);

    ProcessState state = process(dump, dump.length + 1);

    assertEquals(2, state.walkedThreads().get(0).frames().size());
    assertEquals(List.of(), state.walkedThreads().get(1).frames());
    assertEquals(List.of(), state.walkedThreads().get(2).frames());
    assertEquals(2, state.memory().threadsNotWalked());
    assertEquals(
        2, ((Map<?, ?>) JsonOutput.document(state).get("memory_budget")).get("threads_not_walked"));
  }

  private static Map<?, ?> module(Map<String, Object> json, String name) {
    return ((List<?>) json.get("modules"))
        .stream()
            .map(Map.class::cast)
            .filter(m -> name.equals(m.get("filename")))
            .findFirst()
            .orElseThrow();
  }
}
