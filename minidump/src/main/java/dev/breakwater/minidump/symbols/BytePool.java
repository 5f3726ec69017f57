package dev.breakwater.minidump.symbols;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Names, rule texts and program strings of a symbol file, each stored once as the raw bytes of the
 * file followed by a {@code '\n'} (which cannot occur inside a record), and referred to by offset.
 */
final class BytePool {
  private byte[] bytes;
  private int size;

  BytePool(int capacity) {
    bytes = new byte[Math.max(capacity, 64)];
  }

  /** Copies {@code [from, to)} of {@code source} and returns its offset. */
  int add(byte[] source, int from, int to) {
    int length = to - from;
    if ((long) size + length + 1 > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("symbol names exceed 2 GiB");
    }
    if (size + length + 1 > bytes.length) {
      long next = Math.max((long) size + length + 1, (long) bytes.length + (bytes.length >> 1));
      bytes = Arrays.copyOf(bytes, (int) Math.min(next, Integer.MAX_VALUE - 8));
    }
    int offset = size;
    System.arraycopy(source, from, bytes, size, length);
    size += length;
    bytes[size++] = '\n';
    return offset;
  }

  String get(int offset) {
    int end = offset;
    while (bytes[end] != '\n') {
      end++;
    }
    return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
  }

  void trim() {
    bytes = Arrays.copyOf(bytes, size);
  }

  long memoryBytes() {
    return 16L + bytes.length;
  }
}
