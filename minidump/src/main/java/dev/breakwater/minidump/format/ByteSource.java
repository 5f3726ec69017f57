package dev.breakwater.minidump.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bounds-checked little-endian reads over a dump. Files are memory-mapped in segments of 1 GiB so
 * dumps of any size can be read without copying them onto the heap; every read checks its range and
 * throws {@link FormatException} when it leaves the data.
 */
public final class ByteSource {
  private static final int SEGMENT_BITS = 30;
  private static final long SEGMENT_SIZE = 1L << SEGMENT_BITS;

  private final ByteBuffer[] segments;
  private final long size;

  private ByteSource(ByteBuffer[] segments, long size) {
    this.segments = segments;
    this.size = size;
  }

  /** Wraps bytes already in memory (tests, uploads held in memory). */
  public static ByteSource of(byte[] data) {
    ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    return new ByteSource(new ByteBuffer[] {buffer}, data.length);
  }

  /** Maps a file read-only; the mapping stays valid after the channel is closed. */
  public static ByteSource map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int count = (int) ((size + SEGMENT_SIZE - 1) / SEGMENT_SIZE);
      ByteBuffer[] segments = new ByteBuffer[Math.max(count, 1)];
      if (count == 0) {
        segments[0] = ByteBuffer.allocate(0);
      }
      for (int i = 0; i < count; i++) {
        long start = i * SEGMENT_SIZE;
        long length = Math.min(SEGMENT_SIZE, size - start);
        segments[i] =
            channel
                .map(FileChannel.MapMode.READ_ONLY, start, length)
                .order(ByteOrder.LITTLE_ENDIAN);
      }
      return new ByteSource(segments, size);
    }
  }

  public long size() {
    return size;
  }

  /** True when {@code length} bytes starting at {@code offset} are inside the data. */
  public boolean contains(long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
  }

  private void check(long offset, long length) {
    if (!contains(offset, length)) {
      throw new FormatException(
          "read of " + length + " bytes at " + offset + " beyond end of dump (" + size + ")", true);
    }
  }

  public int u8(long offset) {
    check(offset, 1);
    return segments[(int) (offset >>> SEGMENT_BITS)].get((int) (offset & (SEGMENT_SIZE - 1)))
        & 0xff;
  }

  public int u16(long offset) {
    check(offset, 2);
    ByteBuffer segment = segmentFor(offset, 2);
    if (segment != null) {
      return segment.getShort((int) (offset & (SEGMENT_SIZE - 1))) & 0xffff;
    }
    return u8(offset) | (u8(offset + 1) << 8);
  }

  /** Unsigned 32-bit value. */
  public long u32(long offset) {
    check(offset, 4);
    ByteBuffer segment = segmentFor(offset, 4);
    if (segment != null) {
      return segment.getInt((int) (offset & (SEGMENT_SIZE - 1))) & 0xffffffffL;
    }
    return u16(offset) | ((long) u16(offset + 2) << 16);
  }

  /** 32-bit value as a Java int (for counts and flags compared bitwise). */
  public int i32(long offset) {
    return (int) u32(offset);
  }

  public long u64(long offset) {
    check(offset, 8);
    ByteBuffer segment = segmentFor(offset, 8);
    if (segment != null) {
      return segment.getLong((int) (offset & (SEGMENT_SIZE - 1)));
    }
    return u32(offset) | (u32(offset + 4) << 32);
  }

  /** Copies bytes; callers bound {@code length} by the stream size first. */
  public byte[] bytes(long offset, int length) {
    check(offset, length);
    byte[] out = new byte[length];
    for (int i = 0; i < length; ) {
      long at = offset + i;
      ByteBuffer segment = segments[(int) (at >>> SEGMENT_BITS)].duplicate();
      int within = (int) (at & (SEGMENT_SIZE - 1));
      int chunk = Math.min(length - i, segment.limit() - within);
      segment.position(within);
      segment.get(out, i, chunk);
      i += chunk;
    }
    return out;
  }

  /** Bytes up to (not including) the first NUL, read as UTF-8 (Linux text streams, names). */
  public String utf8(long offset, int maxLength) {
    int length = (int) Math.min(maxLength, Math.max(0, size - offset));
    byte[] data = bytes(offset, length);
    int end = 0;
    while (end < data.length && data[end] != 0) {
      end++;
    }
    return new String(data, 0, end, StandardCharsets.UTF_8);
  }

  private ByteBuffer segmentFor(long offset, int length) {
    int index = (int) (offset >>> SEGMENT_BITS);
    int within = (int) (offset & (SEGMENT_SIZE - 1));
    ByteBuffer segment = segments[index];
    return within + length <= segment.limit() ? segment : null;
  }
}
