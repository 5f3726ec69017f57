package dev.breakwater.minidump.symbols;

import java.util.Arrays;

/**
 * FILE or INLINE_ORIGIN names by id (a C++ {@code std::map::insert}: the first of duplicates wins).
 */
final class IdNames {
  private final int[] ids;
  private final int[] names;

  private IdNames(int[] ids, int[] names) {
    this.ids = ids;
    this.names = names;
  }

  static IdNames of(IntList ids, IntList names) {
    int count = ids.size();
    long[] packed = new long[count];
    for (int i = 0; i < count; i++) {
      packed[i] = ((long) ids.get(i) << 32) | i;
    }
    Arrays.sort(packed);
    int[] keptIds = new int[count];
    int[] keptNames = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int id = (int) (packed[i] >> 32);
      if (kept > 0 && keptIds[kept - 1] == id) {
        continue;
      }
      keptIds[kept] = id;
      keptNames[kept++] = names.get((int) packed[i]);
    }
    return new IdNames(Arrays.copyOf(keptIds, kept), Arrays.copyOf(keptNames, kept));
  }

  /** Pool offset of the name with this id, or -1. */
  int find(int id) {
    int i = Arrays.binarySearch(ids, id);
    return i < 0 ? -1 : names[i];
  }

  long memoryBytes() {
    return 32L + 8L * ids.length;
  }
}
