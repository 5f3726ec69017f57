package dev.breakwater.minidump.symbols;

/** STACK WIN records of one type in file order, nested at the end as Breakpad stores them. */
final class WinRecords {
  private final int type;
  private final PackedLongs rvas = new PackedLongs(16);
  private final PackedLongs codeSizes = new PackedLongs(16);
  private final IntList[] sizes = new IntList[6];
  private final IntList allocatesBasePointer = new IntList(16);
  private final IntList programs = new IntList(16);

  WinRecords(int type) {
    this.type = type;
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = new IntList(16);
    }
  }

  /**
   * Adds a record: {@code fields} holds prolog, epilog, parameter, saved-register, local and max
   * stack sizes; {@code program} is a pool offset or -1.
   */
  void add(long rva, long codeSize, long[] fields, boolean allocates, int program) {
    rvas.add(rva);
    codeSizes.add(codeSize);
    for (int i = 0; i < sizes.length; i++) {
      sizes[i].add((int) fields[i]);
    }
    allocatesBasePointer.add(allocates ? 1 : 0);
    programs.add(program);
  }

  WinTable build() {
    NestedRanges nested = NestedRanges.build(rvas, codeSizes, 0, rvas.size(), false);
    int[] order = nested.order;
    int count = order.length;
    int[][] keptSizes = new int[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      keptSizes[i] = sizes[i].select(order, count);
    }
    boolean[] allocates = new boolean[count];
    for (int k = 0; k < count; k++) {
      allocates[k] = allocatesBasePointer.get(order[k]) != 0;
    }
    return new WinTable(
        type,
        rvas.select(order, count),
        codeSizes.select(order, count),
        nested.parent,
        keptSizes,
        allocates,
        programs.select(order, count));
  }
}
