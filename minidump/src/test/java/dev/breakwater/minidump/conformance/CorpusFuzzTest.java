package dev.breakwater.minidump.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real dumps with random bytes overwritten, walked with their real symbols (so CFI and STACK WIN
 * programs run on garbage): the processor must never hit an internal error.
 */
class CorpusFuzzTest {
  @ParameterizedTest
  @CsvSource({
    "breakpad/minidump2.dmp, breakpad/symbols",
    "breakpad/linux_overflow.dmp, breakpad/symbols",
    "rust-minidump/testdata/pipeline-inlines-macos-segv.dmp, rust-minidump/testdata/symbols",
    "breakpad/tiny-exe-with-cet-xsave-x86.dmp, breakpad/symbols",
  })
  void damagedDumpsAreProcessedWithoutInternalErrors(String dump, String symbols)
      throws IOException {
    Corpus corpus = Corpus.open(Path.of("target", "conformance"));
    byte[] original = Files.readAllBytes(corpus.root().resolve(dump));
    LocalSymbolSupplier local = new LocalSymbolSupplier(List.of(corpus.root().resolve(symbols)));
    Map<ModuleKey, SymbolLookup> cache = new HashMap<>();
    SymbolSupplier supplier = key -> cache.computeIfAbsent(key, local::lookup);
    Random random = new Random(dump.hashCode());
    for (int round = 0; round < 150; round++) {
      byte[] damaged = original.clone();
      for (int flips = 1 + random.nextInt(16); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      ProcessState state = MinidumpProcessor.process(damaged, supplier, ProcessOptions.DEFAULT);
      assertFalse(
          state.problems().stream().anyMatch(p -> p.startsWith("internal error")),
          () -> dump + " round: " + String.join("\n", state.problems()));
      assertNotNull(HumanOutput.format(state));
      assertNotNull(JsonOutput.format(state, false));
    }
  }
}
