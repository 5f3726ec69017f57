package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.ByteSource;
import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.format.CrashpadInfo;
import dev.breakwater.minidump.format.LinuxStreams;
import dev.breakwater.minidump.format.MacCrashInfo;
import dev.breakwater.minidump.format.RawSystemInfo;
import dev.breakwater.minidump.format.StreamType;
import dev.breakwater.minidump.format.ThreadNames;
import dev.breakwater.minidump.model.DumpExtras;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the optional streams: Linux /proc copies, Mozilla's streams, Crashpad, thread names. */
final class ExtrasReader {
  private final DumpReader reader;
  private final ByteSource data;
  private final RawSystemInfo system;

  ExtrasReader(DumpReader reader, ByteSource data, RawSystemInfo system) {
    this.reader = reader;
    this.data = data;
    this.system = system;
  }

  DumpExtras read() {
    String lsb = text(StreamType.LINUX_LSB_RELEASE, "lsb-release");
    String maps = text(StreamType.LINUX_MAPS, "maps");
    Map<Long, String> names =
        reader.stream(
            StreamType.THREAD_NAME_LIST,
            "thread names",
            false,
            location -> ThreadNames.read(data, location));
    return new DumpExtras(
        lsb == null ? null : keyValues(lsb),
        maps == null ? null : (int) maps.lines().filter(line -> !line.isBlank()).count(),
        text(StreamType.LINUX_CPU_INFO, "cpuinfo"),
        text(StreamType.LINUX_PROC_STATUS, "proc status"),
        reader.stream(
            StreamType.LINUX_CMD_LINE,
            "cmdline",
            false,
            location -> LinuxStreams.nulSeparated(data, location)),
        reader.stream(
            StreamType.LINUX_ENVIRON,
            "environ",
            false,
            location -> LinuxStreams.nulSeparated(data, location)),
        reader.stream(
            StreamType.LINUX_AUXV,
            "auxv",
            false,
            location -> LinuxStreams.auxv(data, location, wordSize())),
        text(StreamType.MOZ_SOFT_ERRORS, "soft errors"),
        text(StreamType.MOZ_LINUX_LIMITS, "limits"),
        text(StreamType.MOZ_MACOS_BOOTARGS, "boot args"),
        reader.stream(
            StreamType.MOZ_MACOS_CRASH_INFO,
            "macOS crash info",
            false,
            location -> MacCrashInfo.read(data, location)),
        reader.stream(
            StreamType.CRASHPAD_INFO,
            "Crashpad info",
            false,
            location -> CrashpadInfo.read(data, location)),
        names == null ? Map.of() : names);
  }

  /** The auxiliary vector's word size: the CPU's pointer size, 8 when unknown. */
  private int wordSize() {
    Cpu cpu = system == null ? null : Cpu.fromArchitecture(system.processorArchitecture());
    return cpu == null ? 8 : cpu.pointerSize();
  }

  private String text(int type, String name) {
    return reader.stream(type, name, false, location -> LinuxStreams.text(data, location));
  }

  /** KEY=value lines (values may be quoted), as in /etc/lsb-release and /etc/os-release. */
  static Map<String, String> keyValues(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int equals = line.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      String value = line.substring(equals + 1).trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      values.put(line.substring(0, equals).trim(), value);
    }
    return values;
  }
}
