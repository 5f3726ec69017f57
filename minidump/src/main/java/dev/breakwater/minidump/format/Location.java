package dev.breakwater.minidump.format;

/** A MINIDUMP_LOCATION_DESCRIPTOR: {@code size} bytes at file offset {@code rva}. */
public record Location(long size, long rva) {
  public static final Location EMPTY = new Location(0, 0);

  /** Reads the 8-byte descriptor (size, rva) at {@code offset}. */
  public static Location read(ByteSource data, long offset) {
    return new Location(data.u32(offset), data.u32(offset + 4));
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public long end() {
    return rva + size;
  }
}
