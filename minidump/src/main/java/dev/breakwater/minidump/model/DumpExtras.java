package dev.breakwater.minidump.model;

import dev.breakwater.minidump.format.CrashpadInfo;
import dev.breakwater.minidump.format.MacCrashInfo;
import java.util.List;
import java.util.Map;

/**
 * Optional streams reported as-is (all fields may be null when the stream is absent).
 *
 * @param lsbRelease key/value pairs of /etc/lsb-release (Linux)
 * @param linuxMapsCount number of lines of /proc/self/maps (Linux)
 * @param linuxCpuInfo /proc/cpuinfo text
 * @param linuxProcStatus /proc/self/status text
 * @param linuxCommandLine the command line arguments
 * @param linuxEnviron environment variables (protected data)
 * @param linuxAuxv auxiliary vector entries (type, value)
 * @param softErrors Mozilla's soft-error JSON text
 * @param procLimits Mozilla's /proc/self/limits text
 * @param macBootArgs Mozilla's macOS kernel boot arguments
 * @param macCrashInfo Mozilla's macOS {@code __crash_info} records
 * @param crashpad Crashpad's info stream (annotations)
 * @param threadNames thread names by thread id
 */
public record DumpExtras(
    Map<String, String> lsbRelease,
    Integer linuxMapsCount,
    String linuxCpuInfo,
    String linuxProcStatus,
    List<String> linuxCommandLine,
    List<String> linuxEnviron,
    List<long[]> linuxAuxv,
    String softErrors,
    String procLimits,
    String macBootArgs,
    MacCrashInfo macCrashInfo,
    CrashpadInfo crashpad,
    Map<Long, String> threadNames) {
  public static final DumpExtras NONE =
      new DumpExtras(
          null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
}
