package dev.breakwater.minidump.format;

/**
 * The layout of a stream that is a 32-bit count followed by fixed-size entries (thread, module,
 * memory and unloaded-module lists).
 *
 * <p>Folklore: old macOS Breakpad clients padded the count to 8 bytes on 64-bit builds, so the
 * entries start at offset 8 instead of 4 (corpus: mozilla-pgo macos-x86_64.dmp, whose thread,
 * module and memory lists all have the padding; covered by CountedListTest). Breakpad accepts a
 * stream exactly 4 bytes larger than the count implies as padded, and so do we.
 */
public record CountedList(long firstEntry, int count, int entrySize, String problem) {

  /** Reads the count at the start of {@code stream} and bounds it by the stream size. */
  public static CountedList read(ByteSource data, Location stream, int entrySize) {
    if (stream.size() < 4) {
      return new CountedList(stream.rva(), 0, entrySize, "list stream too short for its count");
    }
    long count = data.u32(stream.rva());
    long exact = 4 + count * entrySize;
    if (stream.size() == exact) {
      return new CountedList(stream.rva() + 4, (int) count, entrySize, null);
    }
    if (stream.size() == exact + 4) {
      return new CountedList(stream.rva() + 8, (int) count, entrySize, null);
    }
    long fits = (stream.size() - 4) / entrySize;
    int bounded = (int) Math.min(count, fits);
    return new CountedList(
        stream.rva() + 4,
        bounded,
        entrySize,
        "list of " + count + " entries does not match its stream size " + stream.size());
  }

  public long entry(int index) {
    return firstEntry + (long) index * entrySize;
  }
}
