package dev.breakwater.minidump.format;

import java.util.ArrayList;
import java.util.List;

/** An entry of MINIDUMP_UNLOADED_MODULE_LIST. */
public record UnloadedModule(
    long baseOfImage, long sizeOfImage, long checksum, long timeDateStamp, String name) {
  static final int MIN_ENTRY_SIZE = 24;

  /** Reads the list; entries whose name is unreadable are skipped and reported. */
  public static List<UnloadedModule> readList(
      ByteSource data, Location stream, List<String> problems) {
    if (stream.size() < 12) {
      throw new FormatException("unloaded module list of " + stream.size() + " bytes is too short");
    }
    long headerSize = data.u32(stream.rva());
    long entrySize = data.u32(stream.rva() + 4);
    long count = data.u32(stream.rva() + 8);
    if (entrySize < MIN_ENTRY_SIZE || headerSize < 12 || headerSize > stream.size()) {
      throw new FormatException("unloaded module list has bad header or entry size");
    }
    long fits = (stream.size() - headerSize) / entrySize;
    if (count > fits) {
      problems.add("unloaded module list of " + count + " entries exceeds its stream");
      count = fits;
    }
    List<UnloadedModule> modules = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      long at = stream.rva() + headerSize + i * entrySize;
      String name = MinidumpStrings.readOrNull(data, data.u32(at + 20));
      if (name == null) {
        problems.add("unloaded module " + i + " has an unreadable name");
        continue;
      }
      modules.add(
          new UnloadedModule(
              data.u64(at), data.u32(at + 8), data.u32(at + 12), data.u32(at + 16), name));
    }
    return modules;
  }
}
