package dev.breakwater.minidump.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.MachineOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every corpus minidump that has Breakpad reference output ({@code minidump_stackwalk -m
 * <dump> <symbols-root>}, as in {@code expected/breakpad-head/<set>/<dump>.time.txt}) and compares
 * our machine output with it. Prints a table to stdout and {@code target/conformance.txt}.
 *
 * <p>Known differences: none at present. (linux_inline.dmp is compared as the reference was run:
 * its symbol files are named {@code .old.sym} and {@code .new.sym}, so neither Breakpad nor we load
 * them.)
 */
class ConformanceTest {
  /**
   * Dumps Breakpad refuses to read (it prints nothing and exits 1): we must report a status that is
   * not OK, and no exception.
   */
  static final Set<String> UNREADABLE_BY_BREAKPAD = Set.of("invalid-range", "invalid-record-count");

  /**
   * Every frame is identical to Breakpad's on the whole corpus (62 dumps, 19,738 frames, 1,310 on
   * crashing threads), so any frame that differs fails the test.
   */
  static final double CRASHING_THREAD_FLOOR = 1.0;

  static final double ALL_FRAMES_FLOOR = 1.0;

  @Test
  void machineOutputMatchesBreakpad() throws IOException {
    Path target = Path.of("target");
    Corpus corpus = Corpus.open(target.resolve("conformance"));
    List<String> rows = new ArrayList<>();
    Totals totals = new Totals();
    for (Corpus.Case c : corpus.cases()) {
      // Breakpad ran the node-minidump set without a symbols argument: no symbol source at all.
      long started = System.nanoTime();
      ProcessState state =
          MinidumpProcessor.process(
              c.dump(),
              c.symbolRoots().isEmpty() ? null : new CorpusSymbolSupplier(c.symbolRoots()),
              ProcessOptions.DEFAULT);
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (UNREADABLE_BY_BREAKPAD.contains(c.name())) {
        assertNotEquals(ProcessStatus.OK, state.status(), c.name());
        rows.add(
            String.format(
                "%-48s status %s (Breakpad: unreadable)",
                c.set() + "/" + c.name(), state.status()));
        continue;
      }
      MachineComparison result =
          MachineComparison.compare(Files.readString(c.expected()), MachineOutput.format(state));
      totals.add(result);
      boolean humanIdentical = humanOutputMatches(c, state);
      totals.humanIdentical += humanIdentical ? 1 : 0;
      rows.add(row(c, result, millis) + (humanIdentical ? "" : "; human output differs"));
    }
    String report = report(rows, totals);
    System.out.println(report);
    Files.createDirectories(target);
    Files.writeString(target.resolve("conformance.txt"), report);
    assertTrue(totals.dumps > 0, "no dump with Breakpad reference output in " + corpus.root());
    assertEquals(totals.headerLines, totals.headerEqual, "OS/CPU/GPU/Crash lines\n" + report);
    assertEquals(totals.modules, totals.modulesEqual, "module lines\n" + report);
    assertTrue(totals.crashingRatio() >= CRASHING_THREAD_FLOOR, report);
    assertTrue(totals.allRatio() >= ALL_FRAMES_FLOOR, report);
    assertEquals(totals.dumps, totals.humanIdentical, "human-readable outputs\n" + report);
  }

  /** Breakpad's human-readable output (minidump_stackwalk without -m), compared whole. */
  private static boolean humanOutputMatches(Corpus.Case c, ProcessState state) throws IOException {
    Path expected = c.expected().resolveSibling(c.name() + ".human.txt");
    return Files.readString(expected).equals(HumanOutput.format(state));
  }

  /** One dump's figures; the time includes loading its symbol files (printed, not asserted). */
  private static String row(Corpus.Case c, MachineComparison r, long millis) {
    return String.format(
        "%-48s %6d ms frames %5d/%5d crashing %4d/%4d %s",
        c.set() + "/" + c.name(),
        millis,
        r.framesEqual(),
        r.frames(),
        r.crashingFramesEqual(),
        r.crashingFrames(),
        r.identical() ? "identical" : "first difference: " + r.firstDifference());
  }

  private static String report(List<String> rows, Totals t) {
    StringBuilder out =
        new StringBuilder("Conformance with Breakpad minidump_stackwalk (-m and human output)\n");
    rows.forEach(row -> out.append(row).append('\n'));
    out.append(
        String.format(
            "dumps %d, identical %d (human output identical %d); header lines %d/%d; "
                + "modules %d/%d; frames %d/%d (%.2f%%); crashing-thread frames %d/%d (%.2f%%)%n",
            t.dumps,
            t.identical,
            t.humanIdentical,
            t.headerEqual,
            t.headerLines,
            t.modulesEqual,
            t.modules,
            t.framesEqual,
            t.frames,
            100 * t.allRatio(),
            t.crashingEqual,
            t.crashing,
            100 * t.crashingRatio()));
    return out.toString();
  }

  private static final class Totals {
    int dumps;
    int identical;
    int headerLines;
    int headerEqual;
    int modules;
    int modulesEqual;
    int frames;
    int framesEqual;
    int crashing;
    int crashingEqual;
    int humanIdentical;

    void add(MachineComparison r) {
      dumps++;
      identical += r.identical() ? 1 : 0;
      headerLines += r.headerLines();
      headerEqual += r.headerEqual();
      modules += r.modules();
      modulesEqual += r.modulesEqual();
      frames += r.frames();
      framesEqual += r.framesEqual();
      crashing += r.crashingFrames();
      crashingEqual += r.crashingFramesEqual();
    }

    double allRatio() {
      return frames == 0 ? 1 : (double) framesEqual / frames;
    }

    double crashingRatio() {
      return crashing == 0 ? 1 : (double) crashingEqual / crashing;
    }
  }
}
