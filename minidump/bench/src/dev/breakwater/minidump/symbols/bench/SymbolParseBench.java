package dev.breakwater.minidump.symbols.bench;

import dev.breakwater.minidump.symbols.SymbolFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures {@code .sym} parsing: for each group of files in a manifest ({@code label<TAB>path}
 * lines), the median time to parse the whole group on one thread after warm-up, the throughput,
 * and the heap the parsed indexes retain. Run by {@code minidump/bench/run-symbol-bench.sh}, which
 * compares the figures with Breakpad's {@code minidump_stackwalk}.
 *
 * <p>Usage: {@code SymbolParseBench <manifest> [warmups] [runs]}, or {@code SymbolParseBench
 * --once <manifest> <label>} to parse one group once and exit with status 3 if the heap was too
 * small (the script searches the smallest {@code -Xmx} that suffices: the peak heap needed).
 */
public final class SymbolParseBench {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SymbolParseBench() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--once")) {
      Map<String, List<Path>> groups = readManifest(Path.of(args[1]));
      try {
        long start = System.nanoTime();
        List<SymbolFile> kept = parseAll(groups.getOrDefault(args[2], List.of()));
        System.out.printf("%d\t%.1f%n", kept.size(), (System.nanoTime() - start) / 1e6);
      } catch (OutOfMemoryError e) {
        System.exit(3);
      }
      return;
    }
    Map<String, List<Path>> groups = readManifest(Path.of(args[0]));
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    System.out.println(
        "label\tfiles\tsym_mb\twall_ms\tcpu_ms\tmb_per_cpu_s\tretained_per_mb\testimated_per_mb");
    for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
      measure(group.getKey(), group.getValue(), warmups, runs);
    }
  }

  private static void measure(String label, List<Path> files, int warmups, int runs)
      throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    // Warm up by count and by time: the parser's large methods reach C2-compiled code only after
    // some dozens of parses of a small file, later still on a loaded machine.
    long warmUntil = System.nanoTime() + 3_000_000_000L;
    for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
      parseAll(files);
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      // Each sample repeats the group for at least 300 ms: the process CPU clock ticks in 10 ms.
      long cpuStart = OS.getProcessCpuTime();
      long start = System.nanoTime();
      int repeats = 0;
      do {
        parseAll(files);
        repeats++;
      } while (System.nanoTime() - start < 300_000_000L);
      wall[i] = (System.nanoTime() - start) / 1e6 / repeats;
      cpu[i] = (OS.getProcessCpuTime() - cpuStart) / 1e6 / repeats;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    long before = usedHeapAfterGc();
    List<SymbolFile> kept = parseAll(files);
    long retained = usedHeapAfterGc() - before;
    long estimated = kept.stream().mapToLong(SymbolFile::estimatedMemoryBytes).sum();
    double mb = bytes / 1e6;
    System.out.printf(
        "%s\t%d\t%.2f\t%.1f\t%.1f\t%.1f\t%.2f\t%.2f%n",
        label,
        kept.size(),
        mb,
        wall[runs / 2],
        cpu[runs / 2],
        mb / (cpu[runs / 2] / 1000),
        retained / 1e6 / mb,
        estimated / 1e6 / mb);
  }

  private static List<SymbolFile> parseAll(List<Path> files) throws IOException {
    List<SymbolFile> parsed = new ArrayList<>(files.size());
    for (Path file : files) {
      parsed.add(SymbolFile.parse(file));
    }
    return parsed;
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Map<String, List<Path>> readManifest(Path manifest) throws IOException {
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    for (String line : Files.readAllLines(manifest)) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2) {
        groups.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Path.of(parts[1]));
      }
    }
    return groups;
  }
}
