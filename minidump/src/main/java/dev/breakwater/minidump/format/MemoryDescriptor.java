package dev.breakwater.minidump.format;

/** A MINIDUMP_MEMORY_DESCRIPTOR: captured process memory starting at {@code start}. */
public record MemoryDescriptor(long start, Location memory) {
  static final int SIZE = 16;

  public static MemoryDescriptor read(ByteSource data, long offset) {
    return new MemoryDescriptor(data.u64(offset), Location.read(data, offset + 8));
  }
}
