package dev.breakwater.collector.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system, from /proc) of other processes, such as the storage server, so that a
 * benchmark can print their cost per operation next to its own.
 */
final class ProcessCpu {
  private static final long MILLIS_PER_TICK = 10;

  private final Map<String, String> pids;
  private final Map<String, Long> before;

  private ProcessCpu(Map<String, String> pids) {
    this.pids = pids;
    this.before = sample();
  }

  /** From {@code name=pid} arguments. */
  static ProcessCpu of(String... namedPids) {
    Map<String, String> pids = new LinkedHashMap<>();
    for (String named : namedPids) {
      int eq = named.indexOf('=');
      pids.put(named.substring(0, eq), named.substring(eq + 1));
    }
    return new ProcessCpu(pids);
  }

  /** {@code " name 1.234 ms/req"} for each process, per operation since this was created. */
  String report(long operations) {
    Map<String, Long> after = sample();
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Long> entry : before.entrySet()) {
      double millis = after.getOrDefault(entry.getKey(), entry.getValue()) - entry.getValue();
      line.append(
          String.format(
              "  %s %.3f ms/req", entry.getKey(), operations > 0 ? millis / operations : 0));
    }
    return line.toString();
  }

  private Map<String, Long> sample() {
    Map<String, Long> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, cpuMillis(pid)));
    return cpu;
  }

  private static long cpuMillis(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
