package dev.breakwater.minidump.symbols;

/**
 * Collects FUNC, line and INLINE records in file order and keeps what Breakpad's
 * BasicSourceLineResolver would keep: each function's lines in a RangeMap, its inline ranges in a
 * ContainedRangeMap, and the functions themselves in a RangeMap (the first of overlapping ones
 * wins).
 */
final class FunctionsBuilder {
  private final PackedLongs bases = new PackedLongs(16);
  private final PackedLongs sizes = new PackedLongs(16);
  private final IntList names = new IntList(16);
  private final IntList parameterSizes = new IntList(16);
  private final IntList multiple = new IntList(16);
  private final IntList lineStart = new IntList(16);
  private final IntList lineEnd = new IntList(16);
  private final IntList inlineStart = new IntList(16);
  private final IntList inlineEnd = new IntList(16);

  private final PackedLongs lineBases = new PackedLongs(16);
  private final PackedLongs lineSizes = new PackedLongs(16);
  private final IntList lineNumbers = new IntList(16);
  private final IntList lineFiles = new IntList(16);

  private final InlinesBuilder inlines = new InlinesBuilder();

  private boolean open;

  /** Starts a FUNC record; its line and INLINE records follow until the next FUNC or PUBLIC. */
  void startFunction(long base, long size, int name, int parameterSize, boolean isMultiple) {
    closeFunction();
    bases.add(base);
    sizes.add(size);
    names.add(name);
    parameterSizes.add(parameterSize);
    multiple.add(isMultiple ? 1 : 0);
    lineStart.add(lineBases.size());
    inlineStart.add(inlines.rangeCount());
    open = true;
  }

  /** True while line records have a FUNC to belong to (Breakpad's {@code cur_func}). */
  boolean hasFunction() {
    return open;
  }

  void line(long base, long size, int number, int file) {
    lineBases.add(base);
    lineSizes.add(size);
    lineNumbers.add(number);
    lineFiles.add(file);
  }

  InlinesBuilder inlines() {
    return inlines;
  }

  /** Ends the current function (at a FUNC, a PUBLIC or the end of the file). */
  void closeFunction() {
    if (!open) {
      return;
    }
    open = false;
    int start = lineStart.get(lineStart.size() - 1);
    int end = lineBases.size();
    int[] kept = ExclusiveRanges.accept(lineBases, lineSizes, start, end);
    compactLines(start, kept);
    lineEnd.add(start + kept.length);
    inlines.closeFunction();
    inlineEnd.add(inlines.rangeCount());
  }

  private void compactLines(int start, int[] kept) {
    boolean unchanged = true;
    for (int k = 0; k < kept.length && unchanged; k++) {
      unchanged = kept[k] == start + k;
    }
    if (!unchanged) {
      long[] keptBases = new long[kept.length];
      long[] keptSizes = new long[kept.length];
      int[] keptNumbers = new int[kept.length];
      int[] keptFiles = new int[kept.length];
      for (int k = 0; k < kept.length; k++) {
        keptBases[k] = lineBases.get(kept[k]);
        keptSizes[k] = lineSizes.get(kept[k]);
        keptNumbers[k] = lineNumbers.get(kept[k]);
        keptFiles[k] = lineFiles.get(kept[k]);
      }
      for (int k = 0; k < kept.length; k++) {
        lineBases.set(start + k, keptBases[k]);
        lineSizes.set(start + k, keptSizes[k]);
        lineNumbers.set(start + k, keptNumbers[k]);
        lineFiles.set(start + k, keptFiles[k]);
      }
    }
    lineBases.truncate(start + kept.length);
    lineSizes.truncate(start + kept.length);
    lineNumbers.truncate(start + kept.length);
    lineFiles.truncate(start + kept.length);
  }

  FunctionTable build() {
    closeFunction();
    int[] kept = ExclusiveRanges.accept(bases, sizes, 0, bases.size());
    int count = kept.length;
    boolean[] isMultiple = new boolean[count];
    for (int k = 0; k < count; k++) {
      isMultiple[k] = multiple.get(kept[k]) != 0;
    }
    int[][] slices = {
      lineStart.select(kept, count),
      lineEnd.select(kept, count),
      inlineStart.select(kept, count),
      inlineEnd.select(kept, count)
    };
    LineTable lineTable =
        new LineTable(
            lineBases.trimmed(),
            lineSizes.trimmed(),
            lineNumbers.takeArray(),
            lineFiles.takeArray());
    return new FunctionTable(
        bases.select(kept, count),
        sizes.select(kept, count),
        names.select(kept, count),
        parameterSizes.select(kept, count),
        isMultiple,
        slices,
        lineTable,
        inlines.build());
  }
}
