package dev.breakwater.minidump.symbols;

/**
 * Collects the INLINE records of the current function and, when it ends, nests their ranges the way
 * Breakpad's Function::AppendInline and ContainedRangeMap (equal ranges allowed) do.
 */
final class InlinesBuilder {
  private final PackedLongs rangeBases = new PackedLongs(16);
  private final PackedLongs rangeSizes = new PackedLongs(16);
  private final IntList rangeParents = new IntList(16);
  private final IntList rangeRecords = new IntList(16);

  private final IntList callLines = new IntList(16);
  private final IntList callFiles = new IntList(16);
  private final IntList origins = new IntList(16);
  private final IntList recordRangeStart = new IntList(16);
  private final PackedLongs recordRangeBases = new PackedLongs(16);
  private final PackedLongs recordRangeSizes = new PackedLongs(16);

  private final PackedLongs pendingBases = new PackedLongs(16);
  private final PackedLongs pendingSizes = new PackedLongs(16);
  private final IntList pendingRecords = new IntList(16);
  private int lastNestLevel;

  int rangeCount() {
    return rangeBases.size();
  }

  /**
   * Adds one INLINE record of the current function. As in Breakpad, a record nested more than one
   * level below the previous one is dropped (its parent was malformed).
   */
  void add(long nestLevel, int callLine, int callFile, int origin, long[] ranges, int rangeCount) {
    if (nestLevel > lastNestLevel + 1L) {
      return;
    }
    lastNestLevel = (int) nestLevel;
    int record = callLines.size();
    callLines.add(callLine);
    callFiles.add(callFile);
    origins.add(origin);
    recordRangeStart.add(recordRangeBases.size());
    for (int r = 0; r < rangeCount; r++) {
      recordRangeBases.add(ranges[2 * r]);
      recordRangeSizes.add(ranges[2 * r + 1]);
      pendingBases.add(ranges[2 * r]);
      pendingSizes.add(ranges[2 * r + 1]);
      pendingRecords.add(record);
    }
  }

  void closeFunction() {
    lastNestLevel = 0;
    int count = pendingBases.size();
    if (count == 0) {
      return;
    }
    NestedRanges nested = NestedRanges.build(pendingBases, pendingSizes, 0, count, true);
    int globalStart = rangeBases.size();
    for (int k = 0; k < nested.order.length; k++) {
      int pending = nested.order[k];
      rangeBases.add(pendingBases.get(pending));
      rangeSizes.add(pendingSizes.get(pending));
      rangeRecords.add(pendingRecords.get(pending));
      rangeParents.add(nested.parent[k] < 0 ? -1 : globalStart + nested.parent[k]);
    }
    pendingBases.truncate(0);
    pendingSizes.truncate(0);
    pendingRecords.truncate(0);
  }

  InlineTable build() {
    closeFunction();
    recordRangeStart.add(recordRangeBases.size());
    int[][] records = {
      callLines.takeArray(),
      callFiles.takeArray(),
      origins.takeArray(),
      recordRangeStart.takeArray()
    };
    return new InlineTable(
        rangeBases.trimmed(),
        rangeSizes.trimmed(),
        rangeParents.takeArray(),
        rangeRecords.takeArray(),
        records,
        recordRangeBases.trimmed(),
        recordRangeSizes.trimmed());
  }
}
