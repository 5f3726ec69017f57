package dev.breakwater.minidump.symbols;

/**
 * STACK CFI data kept as rule text, parsed only when an address is looked up: the INIT records
 * (non-overlapping ranges) and the delta records (by address, the last of duplicates wins).
 */
final class CfiTable {
  final PackedLongs initBases;
  final PackedLongs initSizes;
  final int[] initRules;
  final PackedLongs deltaAddresses;
  final int[] deltaRules;

  CfiTable(
      PackedLongs initBases,
      PackedLongs initSizes,
      int[] initRules,
      PackedLongs deltaAddresses,
      int[] deltaRules) {
    this.initBases = initBases;
    this.initSizes = initSizes;
    this.initRules = initRules;
    this.deltaAddresses = deltaAddresses;
    this.deltaRules = deltaRules;
  }

  /** Breakpad's FindCFIFrameInfo. */
  CfiRules find(long address, BytePool pool) {
    int init = initBases.lastAtOrBelow(address, 0, initRules.length);
    if (init < 0 || Long.compareUnsigned(address - initBases.get(init), initSizes.get(init)) >= 0) {
      return null;
    }
    CfiRules rules = new CfiRules();
    if (!rules.apply(pool.get(initRules[init]))) {
      return null;
    }
    int delta = deltaAddresses.lastAtOrBelow(initBases.get(init) - 1, 0, deltaRules.length) + 1;
    if (initBases.get(init) == 0) {
      delta = 0;
    }
    for (; delta < deltaRules.length; delta++) {
      if (Long.compareUnsigned(deltaAddresses.get(delta), address) > 0) {
        break;
      }
      rules.apply(pool.get(deltaRules[delta]));
    }
    return rules;
  }

  long memoryBytes() {
    return initBases.memoryBytes()
        + initSizes.memoryBytes()
        + 4L * initRules.length
        + deltaAddresses.memoryBytes()
        + 4L * deltaRules.length;
  }
}
