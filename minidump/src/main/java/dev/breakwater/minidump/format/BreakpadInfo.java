package dev.breakwater.minidump.format;

/** Breakpad's info stream: which thread wrote the dump and which thread asked for it. */
public record BreakpadInfo(
    boolean hasDumpThread,
    long dumpThreadId,
    boolean hasRequestingThread,
    long requestingThreadId) {
  static final int SIZE = 12;

  public static BreakpadInfo read(ByteSource data, Location stream) {
    if (stream.size() < SIZE) {
      throw new FormatException("Breakpad info stream of " + stream.size() + " bytes is too short");
    }
    long validity = data.u32(stream.rva());
    return new BreakpadInfo(
        (validity & 1) != 0,
        data.u32(stream.rva() + 4),
        (validity & 2) != 0,
        data.u32(stream.rva() + 8));
  }
}
