package dev.breakwater.minidump.format;

import java.util.ArrayList;
import java.util.List;

/** Reads MemoryList and Memory64List into (start, location-in-file) descriptors. */
public final class MemoryLists {
  private MemoryLists() {}

  public static List<MemoryDescriptor> memoryList(
      ByteSource data, Location stream, List<String> problems) {
    CountedList list = CountedList.read(data, stream, MemoryDescriptor.SIZE);
    if (list.problem() != null) {
      problems.add("memory list: " + list.problem());
    }
    List<MemoryDescriptor> regions = new ArrayList<>(list.count());
    for (int i = 0; i < list.count(); i++) {
      regions.add(MemoryDescriptor.read(data, list.entry(i)));
    }
    return regions;
  }

  /** Memory64List: the data of all ranges lies back to back from one base offset. */
  public static List<MemoryDescriptor> memory64List(
      ByteSource data, Location stream, List<String> problems) {
    if (stream.size() < 16) {
      throw new FormatException("memory64 list of " + stream.size() + " bytes is too short");
    }
    long count = data.u64(stream.rva());
    long offset = data.u64(stream.rva() + 8);
    long fits = (stream.size() - 16) / 16;
    if (count < 0 || count > fits) {
      problems.add("memory64 list of " + count + " ranges exceeds its stream");
      count = fits;
    }
    List<MemoryDescriptor> regions = new ArrayList<>((int) count);
    for (long i = 0; i < count; i++) {
      long at = stream.rva() + 16 + 16 * i;
      long start = data.u64(at);
      long size = data.u64(at + 8);
      if (size < 0 || offset + size < offset) {
        problems.add("memory64 range " + i + " has an impossible size");
        break;
      }
      regions.add(new MemoryDescriptor(start, new Location(size, offset)));
      offset += size;
    }
    return regions;
  }
}
