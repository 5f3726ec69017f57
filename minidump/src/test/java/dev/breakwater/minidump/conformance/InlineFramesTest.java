package dev.breakwater.minidump.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * linux_inline.dmp with its INLINE records: the corpus ships the symbol file as {@code .old.sym}
 * and {@code .new.sym} (two dump_syms generations), so each is copied as {@code linux_inline.sym}
 * into a temporary symbol root and the output is compared with Breakpad's for the same setup.
 */
class InlineFramesTest {
  static final String DEBUG_ID = "BBA6FA10B8AAB33D00000000000000000";

  @TempDir Path symbols;

  @ParameterizedTest
  @ValueSource(strings = {"new", "old"})
  void inlineFramesMatchBreakpad(String generation) throws IOException {
    Corpus corpus = Corpus.open(Path.of("target", "conformance"));
    Path breakpad = corpus.root().resolve("breakpad");
    Path target = symbols.resolve("linux_inline").resolve(DEBUG_ID);
    Files.createDirectories(target);
    Files.copy(
        breakpad.resolve(
            "symbols/linux_inline/" + DEBUG_ID + "/linux_inline." + generation + ".sym"),
        target.resolve("linux_inline.sym"));

    ProcessState state =
        MinidumpProcessor.process(
            breakpad.resolve("linux_inline.dmp"),
            new LocalSymbolSupplier(List.of(symbols)),
            ProcessOptions.DEFAULT);

    assertEquals(
        reference("linux_inline." + generation + "-sym.machine.txt"), MachineOutput.format(state));
    assertTrue(
        state.walkedThreads().get(0).frames().stream()
            .anyMatch(frame -> frame.trust() == FrameTrust.INLINE));
    if (generation.equals("new")) {
      assertEquals(reference("linux_inline.new-sym.human.txt"), HumanOutput.format(state));
    }
  }

  private static String reference(String name) throws IOException {
    try (InputStream in =
        InlineFramesTest.class.getResourceAsStream("/breakpad-reference/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
