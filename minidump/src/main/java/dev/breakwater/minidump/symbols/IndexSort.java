package dev.breakwater.minidump.symbols;

import java.util.Arrays;

/** Stable sorting of record indices by an unsigned 64-bit key, without boxing in the usual case. */
final class IndexSort {
  private IndexSort() {}

  /** Sorts {@code indices[0..count)} by {@code keys.get(index)} (unsigned), ties by index. */
  static void sort(int[] indices, int count, PackedLongs keys) {
    boolean narrow = true;
    for (int i = 0; i < count && narrow; i++) {
      narrow = (keys.get(indices[i]) >>> 32) == 0 && indices[i] >= 0;
    }
    if (narrow) {
      long[] packed = new long[count];
      for (int i = 0; i < count; i++) {
        packed[i] = (keys.get(indices[i]) << 31) | indices[i];
      }
      Arrays.sort(packed);
      for (int i = 0; i < count; i++) {
        indices[i] = (int) (packed[i] & 0x7FFF_FFFFL);
      }
      return;
    }
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = indices[i];
    }
    Arrays.sort(
        boxed,
        (a, b) -> {
          int byKey = Long.compareUnsigned(keys.get(a), keys.get(b));
          return byKey != 0 ? byKey : Integer.compare(a, b);
        });
    for (int i = 0; i < count; i++) {
      indices[i] = boxed[i];
    }
  }
}
