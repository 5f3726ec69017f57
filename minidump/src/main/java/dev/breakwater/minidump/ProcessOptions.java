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
 */
public record ProcessOptions(WalkLimits limits, Duration timeBudget) {
  public static final ProcessOptions DEFAULT = new ProcessOptions(WalkLimits.DEFAULT, null);

  /** These options with a wall-time budget. */
  public ProcessOptions withTimeBudget(Duration budget) {
    return new ProcessOptions(limits, budget);
  }
}
