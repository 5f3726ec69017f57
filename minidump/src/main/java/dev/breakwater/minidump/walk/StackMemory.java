package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.format.ByteSource;
import dev.breakwater.minidump.symbols.MemoryReader;
import java.util.OptionalLong;

/**
 * One captured memory region (a thread's stack). Like Breakpad, a walker reads only its thread's
 * stack region; a read outside it, or of a region whose bytes lie outside the file, finds nothing.
 */
public final class StackMemory implements MemoryReader {
  private final ByteSource data;
  private final long base;
  private final long size;
  private final long rva;
  private final boolean readable;

  public StackMemory(ByteSource data, long base, long size, long rva) {
    this.data = data;
    this.base = base;
    this.size = size;
    this.rva = rva;
    this.readable = data.contains(rva, size);
  }

  public long base() {
    return base;
  }

  public long size() {
    return size;
  }

  /** True when {@code length} bytes at {@code address} are inside the region (unsigned). */
  public boolean covers(long address, int length) {
    if (Long.compareUnsigned(address, base) < 0) {
      return false;
    }
    long offset = address - base;
    return Long.compareUnsigned(offset, size) < 0
        && Long.compareUnsigned(length, size - offset) <= 0;
  }

  @Override
  public OptionalLong read(long address, int length) {
    if (!readable || !covers(address, length)) {
      return OptionalLong.empty();
    }
    long at = rva + (address - base);
    return switch (length) {
      case 1 -> OptionalLong.of(data.u8(at));
      case 2 -> OptionalLong.of(data.u16(at));
      case 4 -> OptionalLong.of(data.u32(at));
      case 8 -> OptionalLong.of(data.u64(at));
      default -> OptionalLong.empty();
    };
  }

  /** The byte at {@code address}, or -1 (used by the human output's stack dump). */
  public int byteAt(long address) {
    OptionalLong value = read(address, 1);
    return value.isPresent() ? (int) value.getAsLong() : -1;
  }
}
