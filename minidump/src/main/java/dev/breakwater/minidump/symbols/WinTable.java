package dev.breakwater.minidump.symbols;

/** STACK WIN records of one type, nested as Breakpad's ContainedRangeMap keeps them. */
final class WinTable {
  private final int type;
  private final PackedLongs rvas;
  private final PackedLongs codeSizes;
  private final int[] parents;

  /** prolog, epilog, parameters, saved registers, locals, max stack (unsigned 32-bit each). */
  private final int[][] sizes;

  private final boolean[] allocatesBasePointer;
  private final int[] programs;

  WinTable(
      int type,
      PackedLongs rvas,
      PackedLongs codeSizes,
      int[] parents,
      int[][] sizes,
      boolean[] allocatesBasePointer,
      int[] programs) {
    this.type = type;
    this.rvas = rvas;
    this.codeSizes = codeSizes;
    this.parents = parents;
    this.sizes = sizes;
    this.allocatesBasePointer = allocatesBasePointer;
    this.programs = programs;
  }

  WinFrameInfo find(long address, BytePool pool) {
    int i = NestedRanges.innermost(rvas, codeSizes, parents, 0, parents.length, address);
    if (i < 0) {
      return null;
    }
    return new WinFrameInfo(
        type,
        rvas.get(i),
        codeSizes.get(i),
        sizes[0][i] & 0xFFFF_FFFFL,
        sizes[1][i] & 0xFFFF_FFFFL,
        sizes[2][i] & 0xFFFF_FFFFL,
        sizes[3][i] & 0xFFFF_FFFFL,
        sizes[4][i] & 0xFFFF_FFFFL,
        sizes[5][i] & 0xFFFF_FFFFL,
        allocatesBasePointer[i],
        programs[i] < 0 ? null : pool.get(programs[i]));
  }

  int count() {
    return parents.length;
  }

  long memoryBytes() {
    return rvas.memoryBytes() + codeSizes.memoryBytes() + 33L * parents.length;
  }
}
