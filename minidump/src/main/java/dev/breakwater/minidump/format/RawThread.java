package dev.breakwater.minidump.format;

/** A MINIDUMP_THREAD entry of the thread list. */
public record RawThread(
    long threadId,
    long suspendCount,
    long priorityClass,
    long priority,
    long teb,
    MemoryDescriptor stack,
    Location context) {
  static final int SIZE = 48;

  public static RawThread read(ByteSource data, long at) {
    return new RawThread(
        data.u32(at),
        data.u32(at + 4),
        data.u32(at + 8),
        data.u32(at + 12),
        data.u64(at + 16),
        MemoryDescriptor.read(data, at + 24),
        Location.read(data, at + 40));
  }
}
