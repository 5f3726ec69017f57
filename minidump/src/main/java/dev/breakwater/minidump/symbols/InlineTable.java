package dev.breakwater.minidump.symbols;

/**
 * INLINE records of all functions. Each function owns a slice of pre-ordered ranges (as Breakpad's
 * ContainedRangeMap nests them), each range pointing at the INLINE record it came from.
 */
final class InlineTable {
  /** {@link #callFiles} value of an old-style INLINE record, which has no call-site file. */
  static final int NO_CALL_FILE = Integer.MIN_VALUE;

  final PackedLongs rangeBases;
  final PackedLongs rangeSizes;
  final int[] rangeParents;
  final int[] rangeRecords;

  final int[] callLines;
  final int[] callFiles;
  final int[] origins;
  final int[] recordRangeStart;
  final PackedLongs recordRangeBases;
  final PackedLongs recordRangeSizes;

  InlineTable(
      PackedLongs rangeBases,
      PackedLongs rangeSizes,
      int[] rangeParents,
      int[] rangeRecords,
      int[][] records,
      PackedLongs recordRangeBases,
      PackedLongs recordRangeSizes) {
    this.rangeBases = rangeBases;
    this.rangeSizes = rangeSizes;
    this.rangeParents = rangeParents;
    this.rangeRecords = rangeRecords;
    this.callLines = records[0];
    this.callFiles = records[1];
    this.origins = records[2];
    this.recordRangeStart = records[3];
    this.recordRangeBases = recordRangeBases;
    this.recordRangeSizes = recordRangeSizes;
  }

  /** Innermost inline range in {@code [from, to)} containing {@code address}, or -1. */
  int innermost(long address, int from, int to) {
    return NestedRanges.innermost(rangeBases, rangeSizes, rangeParents, from, to, address);
  }

  /**
   * Base of an inlined function at {@code address}: the first of its record's ranges that contains
   * the address, as Breakpad picks it.
   */
  long functionBase(int record, long address) {
    for (int r = recordRangeStart[record]; r < recordRangeStart[record + 1]; r++) {
      long base = recordRangeBases.get(r);
      if (Long.compareUnsigned(address, base) >= 0
          && Long.compareUnsigned(address - base, recordRangeSizes.get(r)) < 0) {
        return base;
      }
    }
    return 0;
  }

  long memoryBytes() {
    return rangeBases.memoryBytes()
        + rangeSizes.memoryBytes()
        + 8L * rangeParents.length
        + 16L * callLines.length
        + recordRangeBases.memoryBytes()
        + recordRangeSizes.memoryBytes();
  }
}
