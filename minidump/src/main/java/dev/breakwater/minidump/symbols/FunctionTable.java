package dev.breakwater.minidump.symbols;

/**
 * The FUNC records kept (sorted by address, none overlapping), each with its slice of the line
 * table and of the inline table.
 */
final class FunctionTable {
  final PackedLongs bases;
  final PackedLongs sizes;
  final int[] names;
  final int[] parameterSizes;
  final boolean[] multiple;
  final int[] lineStart;
  final int[] lineEnd;
  final int[] inlineStart;
  final int[] inlineEnd;
  final LineTable lines;
  final InlineTable inlines;

  FunctionTable(
      PackedLongs bases,
      PackedLongs sizes,
      int[] names,
      int[] parameterSizes,
      boolean[] multiple,
      int[][] slices,
      LineTable lines,
      InlineTable inlines) {
    this.bases = bases;
    this.sizes = sizes;
    this.names = names;
    this.parameterSizes = parameterSizes;
    this.multiple = multiple;
    this.lineStart = slices[0];
    this.lineEnd = slices[1];
    this.inlineStart = slices[2];
    this.inlineEnd = slices[3];
    this.lines = lines;
    this.inlines = inlines;
  }

  int count() {
    return names.length;
  }

  /**
   * Breakpad's RangeMap::RetrieveNearestRange: the function containing {@code address}, else the
   * nearest one entirely below it, else -1.
   */
  int nearest(long address) {
    return bases.lastAtOrBelow(address, 0, names.length);
  }

  boolean contains(int function, long address) {
    return Long.compareUnsigned(address, bases.get(function)) >= 0
        && Long.compareUnsigned(address - bases.get(function), sizes.get(function)) < 0;
  }

  long memoryBytes() {
    return bases.memoryBytes()
        + sizes.memoryBytes()
        + 4L * 8 * names.length
        + names.length
        + lines.memoryBytes()
        + inlines.memoryBytes();
  }
}
