package dev.breakwater.minidump.symbols;

import java.util.Arrays;

/**
 * A growable list of unsigned 64-bit values stored as {@code int}s while every value fits in 32
 * bits (module-relative addresses almost always do), switching to {@code long}s otherwise.
 */
final class PackedLongs {
  private int[] narrow;
  private long[] wide;
  private int size;

  PackedLongs(int capacity) {
    narrow = new int[Math.max(capacity, 4)];
  }

  int size() {
    return size;
  }

  long get(int index) {
    return wide != null ? wide[index] : narrow[index] & 0xFFFF_FFFFL;
  }

  void add(long value) {
    if (wide == null && (value >>> 32) != 0) {
      widen();
    }
    if (wide != null) {
      if (size == wide.length) {
        wide = Arrays.copyOf(wide, grow(size));
      }
      wide[size++] = value;
    } else {
      if (size == narrow.length) {
        narrow = Arrays.copyOf(narrow, grow(size));
      }
      narrow[size++] = (int) value;
    }
  }

  void set(int index, long value) {
    if (wide == null && (value >>> 32) != 0) {
      widen();
    }
    if (wide != null) {
      wide[index] = value;
    } else {
      narrow[index] = (int) value;
    }
  }

  void truncate(int newSize) {
    size = Math.min(size, newSize);
  }

  /**
   * The values at {@code order[0..count)}, trimmed. When the order is the identity (records were
   * already sorted and all kept, the usual case) this list itself is trimmed and returned, so that
   * no copy is made; the list must not be used for anything else afterwards.
   */
  PackedLongs select(int[] order, int count) {
    if (isIdentity(order, count)) {
      truncate(count);
      return trimmed();
    }
    PackedLongs out = new PackedLongs(count);
    for (int i = 0; i < count; i++) {
      out.add(get(order[i]));
    }
    return out;
  }

  /**
   * Trims the storage to the size in place and returns this list, so that the untrimmed array can
   * be collected at once rather than when the whole builder goes.
   */
  PackedLongs trimmed() {
    if (wide != null && wide.length != size) {
      wide = Arrays.copyOf(wide, size);
    } else if (narrow != null && narrow.length != size) {
      narrow = Arrays.copyOf(narrow, size);
    }
    return this;
  }

  static boolean isIdentity(int[] order, int count) {
    for (int i = 0; i < count; i++) {
      if (order[i] != i) {
        return false;
      }
    }
    return true;
  }

  long memoryBytes() {
    return 16L + (wide != null ? 8L * wide.length : 4L * narrow.length);
  }

  /** Index of the last value {@code <= key} (unsigned) in {@code [from, to)}, or from - 1. */
  int lastAtOrBelow(long key, int from, int to) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(get(mid), key) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo - 1;
  }

  private void widen() {
    wide = new long[Math.max(narrow.length, 4)];
    for (int i = 0; i < size; i++) {
      wide[i] = narrow[i] & 0xFFFF_FFFFL;
    }
    narrow = null;
  }

  static int grow(int size) {
    long next = size + (size >> 1) + 16L;
    if (next > Integer.MAX_VALUE - 8) {
      if (size >= Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("symbol index too large");
      }
      return Integer.MAX_VALUE - 8;
    }
    return (int) next;
  }
}
