package dev.breakwater.minidump.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares our {@code -m} output with Breakpad's, section by section: the OS, CPU, GPU and Crash
 * lines, the module lines, and the frame lines (by position), counting the crashing thread's frames
 * separately.
 */
record MachineComparison(
    int headerLines,
    int headerEqual,
    int modules,
    int modulesEqual,
    int frames,
    int framesEqual,
    int crashingFrames,
    int crashingFramesEqual,
    String firstDifference) {

  static MachineComparison compare(String expected, String actual) {
    Sections want = Sections.of(expected);
    Sections got = Sections.of(actual);
    Counter header = Counter.lines(want.header, got.header);
    Counter modules = Counter.lines(want.modules, got.modules);
    Counter frames = Counter.lines(want.frames, got.frames);
    String crashing = want.crashingThread();
    List<String> wantCrashing = want.framesOf(crashing);
    Counter crashingFrames = Counter.lines(wantCrashing, got.framesOf(crashing));
    String first =
        header.first != null ? header.first : modules.first != null ? modules.first : frames.first;
    return new MachineComparison(
        want.header.size(),
        header.equal,
        want.modules.size(),
        modules.equal,
        want.frames.size(),
        frames.equal,
        wantCrashing.size(),
        crashingFrames.equal,
        first);
  }

  boolean identical() {
    return firstDifference == null;
  }

  private record Sections(List<String> header, List<String> modules, List<String> frames) {
    static Sections of(String output) {
      List<String> header = new ArrayList<>();
      List<String> modules = new ArrayList<>();
      List<String> frames = new ArrayList<>();
      for (String line : output.split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("Module|")) {
          modules.add(line);
        } else if (Character.isDigit(line.charAt(0))) {
          frames.add(line);
        } else {
          header.add(line);
        }
      }
      return new Sections(header, modules, frames);
    }

    String crashingThread() {
      for (String line : header) {
        if (line.startsWith("Crash|")) {
          return line.substring(line.lastIndexOf('|') + 1);
        }
      }
      return "";
    }

    List<String> framesOf(String thread) {
      return frames.stream().filter(line -> line.startsWith(thread + "|")).toList();
    }
  }

  /** Lines equal at the same position; the first difference with its position. */
  private static final class Counter {
    int equal;
    String first;

    static Counter lines(List<String> want, List<String> got) {
      Counter counter = new Counter();
      for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
        String w = i < want.size() ? want.get(i) : "<none>";
        String g = i < got.size() ? got.get(i) : "<none>";
        if (w.equals(g)) {
          counter.equal++;
        } else if (counter.first == null) {
          counter.first = "expected '" + w + "' got '" + g + "'";
        }
      }
      counter.equal = Math.min(counter.equal, want.size());
      return counter;
    }
  }
}
