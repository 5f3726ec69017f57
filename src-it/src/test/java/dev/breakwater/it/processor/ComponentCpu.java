package dev.breakwater.it.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time (user + system, from /proc) of every process of a running stack, found through the pid
 * files in its run directory. The pipeline's cost is the sum over all of them: on one machine
 * storage, broker and search compete with the processor for the same cores.
 */
final class ComponentCpu {
  private static final List<String> COMPONENTS =
      List.of("processor", "collector", "elasticsearch", "s3proxy", "artemis");
  private static final long MILLIS_PER_TICK = 10;

  private final Path runDir;
  private final Map<String, Long> before;

  private ComponentCpu(Path runDir, Map<String, Long> before) {
    this.runDir = runDir;
    this.before = before;
  }

  static ComponentCpu of(Path runDir) {
    return new ComponentCpu(runDir, sample(runDir));
  }

  /** Prints each component's CPU milliseconds per processed crash since this was taken. */
  void report(double processed) {
    if (processed <= 0) {
      return;
    }
    Map<String, Long> after = sample(runDir);
    long total = 0;
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Long> entry : before.entrySet()) {
      Long now = after.get(entry.getKey());
      if (now == null) {
        continue;
      }
      long millis = now - entry.getValue();
      total += millis;
      line.append(String.format("  %s %.1f", entry.getKey(), millis / processed));
    }
    if (after.containsKey("processor")) {
      System.out.printf(
          "  processor CPU        %.1f ms per crash (symbols warm)%n",
          (after.get("processor") - before.get("processor")) / processed);
    }
    System.out.printf("  stack CPU            %.1f ms per crash:%s%n", total / processed, line);
  }

  private static Map<String, Long> sample(Path runDir) {
    Map<String, Long> cpu = new LinkedHashMap<>();
    if (runDir == null) {
      return cpu;
    }
    for (String component : COMPONENTS) {
      cpuMillis(runDir.resolve(component + ".pid")).ifPresent(ms -> cpu.put(component, ms));
    }
    return cpu;
  }

  private static OptionalLong cpuMillis(Path pidFile) {
    try {
      String pid = Files.readString(pidFile).strip();
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(
          (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
