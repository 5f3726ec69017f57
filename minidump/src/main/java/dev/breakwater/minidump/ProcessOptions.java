package dev.breakwater.minidump;

import dev.breakwater.minidump.walk.WalkLimits;
import java.time.Duration;

/**
 * Options of one processing run.
 *
 * @param limits bounds on each thread's stack walk
 * @param timeBudget wall time for the whole run, symbol loading included, or null for no limit;
 *     when it runs out the remaining frames and threads are not walked and the state's status is
 *     {@link dev.breakwater.minidump.model.ProcessStatus#TIMED_OUT}
 * @param memoryBudgetBytes estimated memory for the run's dump, the symbol files it loads and the
 *     frames it walks, or {@link Long#MAX_VALUE} for no limit; symbol files that would take the run
 *     past it are not loaded, threads whose frames would are not walked, and the state's {@link
 *     dev.breakwater.minidump.model.ProcessState#memory()} says what was left out
 */
public record ProcessOptions(WalkLimits limits, Duration timeBudget, long memoryBudgetBytes) {
  public static final ProcessOptions DEFAULT =
      new ProcessOptions(WalkLimits.DEFAULT, null, Long.MAX_VALUE);

  /** These options with a wall-time budget. */
  public ProcessOptions withTimeBudget(Duration budget) {
    return new ProcessOptions(limits, budget, memoryBudgetBytes);
  }

  /** These options with a memory budget in bytes. */
  public ProcessOptions withMemoryBudget(long bytes) {
    return new ProcessOptions(limits, timeBudget, bytes);
  }
}
