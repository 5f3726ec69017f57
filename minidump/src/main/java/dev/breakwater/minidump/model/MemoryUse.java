package dev.breakwater.minidump.model;

import java.util.List;

/**
 * What a processing run's memory budget left out.
 *
 * @param budgetBytes the budget, {@link Long#MAX_VALUE} when there was none
 * @param usedBytes estimated memory taken: the dump, the symbol files loaded, the frames walked
 * @param skippedSymbols modules whose symbols were not loaded because they would have taken the run
 *     past the budget, in the order first needed
 * @param threadsNotWalked threads not walked because their frames would have taken it past the
 *     budget
 */
public record MemoryUse(
    long budgetBytes, long usedBytes, List<Module> skippedSymbols, int threadsNotWalked) {
  public static final MemoryUse NONE = new MemoryUse(Long.MAX_VALUE, 0, List.of(), 0);

  /** True when the budget made the run leave something out. */
  public boolean budgetReached() {
    return !skippedSymbols.isEmpty() || threadsNotWalked > 0;
  }
}
