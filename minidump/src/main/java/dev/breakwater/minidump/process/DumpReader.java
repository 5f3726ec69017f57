package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.AssertionInfo;
import dev.breakwater.minidump.format.BreakpadInfo;
import dev.breakwater.minidump.format.ByteSource;
import dev.breakwater.minidump.format.CountedList;
import dev.breakwater.minidump.format.FormatException;
import dev.breakwater.minidump.format.Location;
import dev.breakwater.minidump.format.MemoryDescriptor;
import dev.breakwater.minidump.format.MemoryLists;
import dev.breakwater.minidump.format.Minidump;
import dev.breakwater.minidump.format.RawException;
import dev.breakwater.minidump.format.RawMiscInfo;
import dev.breakwater.minidump.format.RawSystemInfo;
import dev.breakwater.minidump.format.RawThread;
import dev.breakwater.minidump.format.StreamType;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ModuleList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decodes every stream the processor uses. Each stream is read on its own: one that fails is
 * reported and left out, and the rest are still read.
 */
public final class DumpReader {
  private final Minidump dump;
  private final ByteSource data;
  private final List<String> problems;
  private boolean coreStreamFailed;

  private DumpReader(Minidump dump, List<String> problems) {
    this.dump = dump;
    this.data = dump.data();
    this.problems = problems;
  }

  /** Reads the dump's streams; problems are appended to {@code problems}. */
  public static ParsedDump read(Minidump dump, List<String> problems) {
    return new DumpReader(dump, problems).read();
  }

  private ParsedDump read() {
    RawSystemInfo system =
        stream(
            StreamType.SYSTEM_INFO,
            "system info",
            true,
            location -> RawSystemInfo.read(data, location));
    List<RawThread> threads = stream(StreamType.THREAD_LIST, "thread list", true, this::threads);
    ModuleList modules = modules(system);
    List<Module> unloaded =
        stream(
            StreamType.UNLOADED_MODULE_LIST,
            "unloaded module list",
            false,
            location -> ModuleReader.unloaded(data, location, problems));
    RawException exception =
        stream(
            StreamType.EXCEPTION, "exception", true, location -> RawException.read(data, location));
    RawMiscInfo misc =
        stream(
            StreamType.MISC_INFO, "misc info", false, location -> RawMiscInfo.read(data, location));
    BreakpadInfo breakpad =
        stream(
            StreamType.BREAKPAD_INFO,
            "Breakpad info",
            false,
            location -> BreakpadInfo.read(data, location));
    AssertionInfo assertion =
        stream(
            StreamType.ASSERTION_INFO,
            "assertion",
            false,
            location -> AssertionInfo.read(data, location));
    return new ParsedDump(
        dump,
        system,
        exception,
        threads,
        modules,
        unloaded == null ? List.of() : unloaded,
        memory(),
        misc,
        breakpad,
        assertion,
        new ExtrasReader(this, data, system).read(),
        coreStreamFailed);
  }

  /**
   * The module list; on Linux and Android overlapping mappings cut the lower module short, as in
   * Breakpad, elsewhere an overlapping module is dropped.
   */
  private ModuleList modules(RawSystemInfo system) {
    List<Module> modules =
        stream(
            StreamType.MODULE_LIST,
            "module list",
            true,
            location -> ModuleReader.read(data, location, system, problems));
    if (modules == null) {
      return ModuleList.empty();
    }
    boolean truncateLower =
        system != null
            && (system.platformId() == RawSystemInfo.OS_LINUX
                || system.platformId() == RawSystemInfo.OS_ANDROID);
    return ModuleList.build(modules, truncateLower, problems);
  }

  /** Reads one stream with {@code parser}; null when it is absent or fails. */
  <T> T stream(int type, String name, boolean core, Function<Location, T> parser) {
    Optional<Location> location = dump.stream(type);
    if (location.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(location.get());
    } catch (FormatException e) {
      problems.add(name + " stream: " + e.getMessage());
      coreStreamFailed |= core;
      if (e.truncated()) {
        dump.problem(name + " stream is truncated", true);
      }
      return null;
    }
  }

  void problem(String message) {
    problems.add(message);
  }

  private List<RawThread> threads(Location location) {
    CountedList list = CountedList.read(data, location, 48);
    if (list.problem() != null) {
      problems.add("thread list: " + list.problem());
    }
    List<RawThread> threads = new ArrayList<>(list.count());
    for (int i = 0; i < list.count(); i++) {
      threads.add(RawThread.read(data, list.entry(i)));
    }
    return threads;
  }

  private List<MemoryDescriptor> memory() {
    List<MemoryDescriptor> regions = new ArrayList<>();
    List<MemoryDescriptor> list =
        stream(
            StreamType.MEMORY_LIST,
            "memory list",
            false,
            location -> MemoryLists.memoryList(data, location, problems));
    if (list != null) {
      regions.addAll(list);
    }
    List<MemoryDescriptor> list64 =
        stream(
            StreamType.MEMORY_64_LIST,
            "memory64 list",
            false,
            location -> MemoryLists.memory64List(data, location, problems));
    if (list64 != null) {
      regions.addAll(list64);
    }
    return regions;
  }
}
