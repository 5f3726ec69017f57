package dev.breakwater.minidump.symbols;

/** Collects PUBLIC, STACK CFI and STACK WIN records in file order and builds their tables. */
final class RecordsBuilder {
  private final PackedLongs publicAddresses = new PackedLongs(16);
  private final IntList publicNames = new IntList(16);
  private final IntList publicParameterSizes = new IntList(16);
  private final IntList publicMultiple = new IntList(16);

  private final PackedLongs initBases = new PackedLongs(16);
  private final PackedLongs initSizes = new PackedLongs(16);
  private final IntList initRules = new IntList(16);
  private final PackedLongs deltaAddresses = new PackedLongs(16);
  private final IntList deltaRules = new IntList(16);

  private final WinRecords frameData = new WinRecords(WinFrameInfo.TYPE_FRAME_DATA);
  private final WinRecords fpo = new WinRecords(WinFrameInfo.TYPE_FPO);

  /**
   * Duplicate PUBLIC addresses found by {@link #buildPublics()}; Breakpad counts them as errors.
   */
  int duplicatePublics;

  void publicSymbol(long address, int name, int parameterSize, boolean multiple) {
    publicAddresses.add(address);
    publicNames.add(name);
    publicParameterSizes.add(parameterSize);
    publicMultiple.add(multiple ? 1 : 0);
  }

  void cfiInit(long base, long size, int rules) {
    initBases.add(base);
    initSizes.add(size);
    initRules.add(rules);
  }

  void cfiDelta(long address, int rules) {
    deltaAddresses.add(address);
    deltaRules.add(rules);
  }

  /** A STACK WIN record; only types 4 and 0 are ever looked up, so others are not kept. */
  WinRecords win(int type) {
    return type == WinFrameInfo.TYPE_FRAME_DATA
        ? frameData
        : type == WinFrameInfo.TYPE_FPO ? fpo : null;
  }

  PublicTable buildPublics() {
    int count = publicAddresses.size();
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    IndexSort.sort(order, count, publicAddresses);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept > 0 && publicAddresses.get(order[kept - 1]) == publicAddresses.get(order[i])) {
        duplicatePublics++;
        continue;
      }
      order[kept++] = order[i];
    }
    boolean[] multiple = new boolean[kept];
    for (int k = 0; k < kept; k++) {
      multiple[k] = publicMultiple.get(order[k]) != 0;
    }
    return new PublicTable(
        publicAddresses.select(order, kept),
        publicNames.select(order, kept),
        publicParameterSizes.select(order, kept),
        multiple);
  }

  CfiTable buildCfi() {
    int[] inits = ExclusiveRanges.accept(initBases, initSizes, 0, initBases.size());
    int count = deltaAddresses.size();
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    IndexSort.sort(order, count, deltaAddresses);
    // std::map operator[] assignment: the last delta at an address wins.
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept > 0 && deltaAddresses.get(order[kept - 1]) == deltaAddresses.get(order[i])) {
        order[kept - 1] = order[i];
        continue;
      }
      order[kept++] = order[i];
    }
    return new CfiTable(
        initBases.select(inits, inits.length),
        initSizes.select(inits, inits.length),
        initRules.select(inits, inits.length),
        deltaAddresses.select(order, kept),
        deltaRules.select(order, kept));
  }

  WinTable buildFrameData() {
    return frameData.build();
  }

  WinTable buildFpo() {
    return fpo.build();
  }
}
