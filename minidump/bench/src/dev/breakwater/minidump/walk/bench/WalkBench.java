package dev.breakwater.minidump.walk.bench;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.minidump.symbols.supply.SymbolSuppliers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures the time to walk one dump as the processor does (read the dump, walk every thread,
 * symbolize, write the JSON document) on one thread, per dump of a list ({@code
 * label<TAB>dump<TAB>symbol directory} lines):
 *
 * <ul>
 *   <li><b>warm</b>: the symbols are parsed already and in the in-memory cache (one {@link
 *       dev.breakwater.minidump.symbols.supply.CachingSymbolSupplier} for all walks of the dump);
 *   <li><b>cold</b>: every walk reads and parses its symbol files from the directory again (a new,
 *       empty in-memory cache per walk), with the JIT warm.
 * </ul>
 *
 * Both report the median wall time and the median CPU time of the walking thread per walk after
 * warm-up. Run by {@code minidump/bench/run-symbol-bench.sh}, which compares the figures with
 * Breakpad's {@code minidump_stackwalk}.
 *
 * <p>Usage: {@code WalkBench <dump list> [warmups] [samples]}, or {@code WalkBench --first <dump>
 * <symbols>} to walk one dump once in this fresh JVM and print the time it took.
 */
public final class WalkBench {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private WalkBench() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--first")) {
      Path symbols = Path.of(args[2]);
      long start = System.nanoTime();
      int[] frames = walk(Path.of(args[1]), supplier(symbols));
      System.out.printf("%.2f\t%d\t%d%n", (System.nanoTime() - start) / 1e6, frames[0], frames[1]);
      return;
    }
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int samples = args.length > 2 ? Integer.parseInt(args[2]) : 21;
    System.out.println(
        "label\tframes\tsymbolized\twarm_wall_ms\twarm_cpu_ms\tcold_wall_ms\tcold_cpu_ms"
            + "\twarm_alloc_mb\tcold_alloc_mb");
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] parts = line.split("\t");
      if (parts.length == 3) {
        measure(parts[0], Path.of(parts[1]), Path.of(parts[2]), warmups, samples);
      }
    }
  }

  private static void measure(String label, Path dump, Path symbols, int warmups, int samples)
      throws IOException {
    SymbolSupplier cache = supplier(symbols);
    int[] frames = walk(dump, cache);
    double[] warm = measure(dump, () -> cache, warmups, samples);
    double[] cold = measure(dump, () -> supplier(symbols), warmups, samples);
    System.out.printf(
        "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.2f\t%.2f%n",
        label,
        frames[0],
        frames[1],
        warm[0],
        warm[1],
        cold[0],
        cold[1],
        warm[2],
        cold[2]);
  }

  /**
   * Median wall and thread-CPU milliseconds and heap MB allocated per walk, after warm-up by count
   * and by time.
   */
  private static double[] measure(
      Path dump, Supplier<SymbolSupplier> suppliers, int warmups, int samples) {
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
      walk(dump, suppliers.get());
    }
    // At least `samples` walks and at least a second of them, so short walks get many samples.
    double[] wall = new double[Math.max(samples, 1)];
    double[] cpu = new double[wall.length];
    double[] allocated = new double[wall.length];
    int count = 0;
    long until = System.nanoTime() + 1_000_000_000L;
    while (count < samples || (System.nanoTime() < until && count < 10_000)) {
      SymbolSupplier supplier = suppliers.get();
      long allocStart = THREADS.getCurrentThreadAllocatedBytes();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      walk(dump, supplier);
      if (count == wall.length) {
        wall = Arrays.copyOf(wall, count * 2);
        cpu = Arrays.copyOf(cpu, count * 2);
        allocated = Arrays.copyOf(allocated, count * 2);
      }
      wall[count] = (System.nanoTime() - start) / 1e6;
      cpu[count] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      allocated[count] = (THREADS.getCurrentThreadAllocatedBytes() - allocStart) / 1e6;
      count++;
    }
    return new double[] {median(wall, count), median(cpu, count), median(allocated, count)};
  }

  /** Walks the dump and writes its JSON; returns the frame count and the symbolized frames. */
  private static int[] walk(Path dump, SymbolSupplier symbols) {
    ProcessState state = MinidumpProcessor.process(dump, symbols, ProcessOptions.DEFAULT);
    if (JsonOutput.format(state, false).isEmpty()) {
      throw new IllegalStateException("no JSON for " + dump);
    }
    int frames = 0;
    int symbolized = 0;
    for (CallStack thread : state.threads()) {
      List<StackFrame> list = thread.frames();
      frames += list.size();
      symbolized += (int) list.stream().filter(frame -> frame.function() != null).count();
    }
    return new int[] {frames, symbolized};
  }

  private static SymbolSupplier supplier(Path symbols) {
    try {
      return SymbolSuppliers.builder().localRoot(symbols).build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(double[] values, int count) {
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return sorted[count / 2];
  }
}
