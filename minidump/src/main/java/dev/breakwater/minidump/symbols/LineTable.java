package dev.breakwater.minidump.symbols;

/**
 * All line records kept, grouped by function; within a function sorted by address and not
 * overlapping (Breakpad keeps each function's lines in a RangeMap).
 */
final class LineTable {
  final PackedLongs bases;
  final PackedLongs sizes;
  final int[] numbers;
  final int[] files;

  LineTable(PackedLongs bases, PackedLongs sizes, int[] numbers, int[] files) {
    this.bases = bases;
    this.sizes = sizes;
    this.numbers = numbers;
    this.files = files;
  }

  /** The line record in {@code [from, to)} covering {@code address}, or -1. */
  int find(long address, int from, int to) {
    int i = bases.lastAtOrBelow(address, from, to);
    if (i < from || Long.compareUnsigned(address - bases.get(i), sizes.get(i)) >= 0) {
      return -1;
    }
    return i;
  }

  long memoryBytes() {
    return bases.memoryBytes() + sizes.memoryBytes() + 4L * numbers.length + 4L * files.length;
  }
}
