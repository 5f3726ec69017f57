package dev.breakwater.minidump.symbols;

import java.util.BitSet;

/**
 * Which ranges Breakpad's RangeMap keeps when ranges are stored one after the other: a range with
 * size 0, one that wraps around, or one overlapping a range stored before it is refused. Used for
 * FUNC records, the line records of a function and STACK CFI INIT records.
 */
final class ExclusiveRanges {
  private ExclusiveRanges() {}

  /**
   * Indices in {@code [from, to)} of the ranges kept when stored in index order, sorted by base.
   */
  static int[] accept(PackedLongs bases, PackedLongs sizes, int from, int to) {
    int[] valid = new int[to - from];
    int count = 0;
    boolean sorted = true;
    long previousBase = 0;
    for (int i = from; i < to; i++) {
      long base = bases.get(i);
      long size = sizes.get(i);
      if (size == 0 || Long.compareUnsigned(base + (size - 1), base) < 0) {
        continue;
      }
      if (count > 0 && Long.compareUnsigned(base, previousBase) < 0) {
        sorted = false;
      }
      previousBase = base;
      valid[count++] = i;
    }
    return sorted
        ? acceptSorted(bases, sizes, valid, count)
        : acceptAny(bases, sizes, valid, count);
  }

  /** Ranges arrive by ascending base: only the last kept range can overlap the next one. */
  private static int[] acceptSorted(PackedLongs bases, PackedLongs sizes, int[] valid, int count) {
    int kept = 0;
    long lastHigh = 0;
    for (int i = 0; i < count; i++) {
      int index = valid[i];
      long base = bases.get(index);
      if (kept > 0 && Long.compareUnsigned(base, lastHigh) <= 0) {
        continue;
      }
      lastHigh = base + (sizes.get(index) - 1);
      valid[kept++] = index;
    }
    return java.util.Arrays.copyOf(valid, kept);
  }

  /**
   * Ranges in any order: kept ranges are disjoint, so a new range overlaps one of them exactly when
   * it overlaps its nearest kept neighbour below or above (by base).
   */
  private static int[] acceptAny(PackedLongs bases, PackedLongs sizes, int[] valid, int count) {
    int[] byBase = java.util.Arrays.copyOf(valid, count);
    IndexSort.sort(byBase, count, bases);
    // valid[] is in index order, so valid[0] is the smallest index.
    int first = valid[0];
    int[] rankOf = new int[valid[count - 1] - first + 1];
    for (int r = 0; r < count; r++) {
      rankOf[byBase[r] - first] = r;
    }
    BitSet kept = new BitSet(count);
    for (int i = 0; i < count; i++) {
      int index = valid[i];
      int r = rankOf[index - first];
      long base = bases.get(index);
      long high = base + (sizes.get(index) - 1);
      int below = r == 0 ? -1 : kept.previousSetBit(r - 1);
      if (below >= 0 && Long.compareUnsigned(highOf(bases, sizes, byBase[below]), base) >= 0) {
        continue;
      }
      int above = kept.nextSetBit(r + 1);
      if (above >= 0 && Long.compareUnsigned(bases.get(byBase[above]), high) <= 0) {
        continue;
      }
      kept.set(r);
    }
    int[] out = new int[kept.cardinality()];
    int n = 0;
    for (int r = kept.nextSetBit(0); r >= 0; r = kept.nextSetBit(r + 1)) {
      out[n++] = byBase[r];
    }
    return out;
  }

  private static long highOf(PackedLongs bases, PackedLongs sizes, int index) {
    return bases.get(index) + (sizes.get(index) - 1);
  }
}
