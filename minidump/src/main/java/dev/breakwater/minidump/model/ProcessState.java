package dev.breakwater.minidump.model;

import java.util.List;

/**
 * Everything learned from one dump: the result of {@code MinidumpProcessor.process}, input to the
 * machine, human and JSON writers.
 *
 * @param status overall outcome; never null
 * @param problems what was wrong with the dump, in the order found
 * @param timeDateStamp the dump's creation time (seconds since the epoch)
 * @param processCreateTime the process start time, or null when the dump does not record it
 * @param processId the process id, or null
 * @param threads one stack per thread, in dump order, including the dump-writing thread (marked,
 *     without frames)
 * @param memory what the memory budget left out
 */
public record ProcessState(
    ProcessStatus status,
    List<String> problems,
    long timeDateStamp,
    Long processCreateTime,
    Long processId,
    SystemInfo systemInfo,
    CrashInfo crash,
    ModuleList modules,
    List<Module> unloadedModules,
    List<CallStack> threads,
    SymbolStats symbols,
    DumpExtras extras,
    MemoryUse memory) {

  /** A state for a dump that could not be read at all. */
  public static ProcessState failed(ProcessStatus status, List<String> problems) {
    return new ProcessState(
        status,
        List.copyOf(problems),
        0,
        null,
        null,
        SystemInfo.UNKNOWN,
        CrashInfo.NONE,
        ModuleList.empty(),
        List.of(),
        List.of(),
        SymbolStats.NONE,
        DumpExtras.NONE,
        MemoryUse.NONE);
  }

  /**
   * The threads Breakpad reports: all but the dump-writing thread. {@link
   * CrashInfo#requestingThread()} indexes this list.
   */
  public List<CallStack> walkedThreads() {
    return threads.stream().filter(thread -> !thread.dumpThread()).toList();
  }

  /** Process uptime in seconds, or null (Breakpad prints it only when creation time is known). */
  public Long uptimeSeconds() {
    if (processCreateTime == null || timeDateStamp == 0 || processCreateTime == 0) {
      return null;
    }
    return timeDateStamp >= processCreateTime ? timeDateStamp - processCreateTime : null;
  }
}
