package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/**
 * Parses every symbol file of the shared minidump corpus (skipped when it is absent) and checks
 * invariants: the MODULE record matches the directory layout, every FUNC kept is found at its first
 * and last byte, and CFI and STACK WIN lookups work at every function start.
 */
class CorpusSymbolsTest {
  static List<Path> symbolFiles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files
          .filter(p -> p.toString().endsWith(".sym") || p.toString().endsWith(".sym.xz"))
          .sorted()
          .toList();
    }
  }

  static SymbolFile parse(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".xz") ? new XZInputStream(raw) : raw) {
      return SymbolFile.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  @Test
  void everyCorpusSymbolFileParsesConsistently() throws IOException {
    List<Path> files = symbolFiles(SharedCorpus.root());
    assertTrue(files.size() > 100, "expected the corpus's symbol files, found " + files.size());
    long functions = 0;
    int renamed = 0;
    for (Path file : files) {
      SymbolFile sym = parse(file);
      renamed += checkLayout(file, sym) ? 0 : 1;
      checkFunctions(file, sym);
      functions += sym.functionCount();
      assertEquals(0, sym.badLineCount(), file + " has bad lines");
    }
    System.out.printf(
        "corpus: %d symbol files, %d functions checked, %d stored under another name%n",
        files.size(), functions, renamed);
  }

  /**
   * The debug id always matches the directory. Folklore: Linux system libraries are stored under
   * the name the dump gives (the soname, {@code ld-linux-x86-64.so.2}) while their MODULE record
   * names the real file ({@code ld-2.32.so}); returns false for those.
   */
  private static boolean checkLayout(Path file, SymbolFile sym) {
    if (file.toString().contains("/microdump/")
        || file.toString().contains("breakpad-symbols/testdata/symbols/test_app.pdb/6A98")) {
      // microdump symbols are grouped by test; rust-minidump's 6A98... fixture deliberately
      // holds the 5A98... module to test id mismatches
      return true;
    }
    String idDir = file.getParent().getFileName().toString();
    String debugFileDir = file.getParent().getParent().getFileName().toString();
    assertEquals(idDir, sym.debugId(), file.toString());
    String actualName = file.getFileName().toString().replace(".xz", "");
    if (!sym.debugFile().equals(debugFileDir)) {
      System.out.printf("  %s: MODULE names %s%n", file, sym.debugFile());
      return false;
    }
    if (!actualName.endsWith(".old.sym") && !actualName.endsWith(".new.sym")) {
      assertEquals(LocalSymbolSupplier.symFileName(sym.debugFile()), actualName, file.toString());
    }
    return true;
  }

  private static void checkFunctions(Path file, SymbolFile sym) {
    for (int i = 0; i < sym.functionCount(); i++) {
      long start = sym.functionAddress(i);
      long last = start + sym.functionSize(i) - 1;
      String name = sym.functionName(i);
      Symbolization atStart = sym.symbolize(start);
      assertNotNull(atStart, file + " " + name);
      assertEquals(name, atStart.function(), file + " at " + Long.toHexString(start));
      assertEquals(start, atStart.functionBase());
      assertEquals(name, sym.symbolize(last).function(), file + " at " + Long.toHexString(last));
      if (i + 1 < sym.functionCount()) {
        assertTrue(Long.compareUnsigned(last, sym.functionAddress(i + 1)) < 0);
      }
      if (i % 8 == 0) {
        sym.findCfiRules(start);
        sym.findWinFrameInfo(start);
      }
    }
  }
}
