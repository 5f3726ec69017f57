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
    sort(
        indices,
        count,
        (a, b) -> {
          int byKey = Long.compareUnsigned(keys.get(a), keys.get(b));
          return byKey != 0 ? byKey : Integer.compare(a, b);
        });
  }

  /** Orders two record indices. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  /** Stable merge sort of {@code indices[0..count)}, without boxing. */
  static void sort(int[] indices, int count, IndexComparator comparator) {
    int[] buffer = new int[count];
    for (int start = 0; start < count; start += RUN) {
      insertionSort(indices, start, Math.min(start + RUN, count), comparator);
    }
    int[] from = indices;
    int[] to = buffer;
    for (int width = RUN; width < count; width *= 2) {
      for (int lo = 0; lo < count; lo += 2 * width) {
        merge(
            from, to, lo, Math.min(lo + width, count), Math.min(lo + 2 * width, count), comparator);
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != indices) {
      System.arraycopy(from, 0, indices, 0, count);
    }
  }

  private static final int RUN = 32;

  private static void insertionSort(int[] a, int from, int to, IndexComparator comparator) {
    for (int i = from + 1; i < to; i++) {
      int value = a[i];
      int j = i - 1;
      while (j >= from && comparator.compare(a[j], value) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = value;
    }
  }

  private static void merge(
      int[] from, int[] to, int lo, int mid, int hi, IndexComparator comparator) {
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && comparator.compare(from[i], from[j]) <= 0)) {
        to[k] = from[i++];
      } else {
        to[k] = from[j++];
      }
    }
  }
}
