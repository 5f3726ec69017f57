package dev.breakwater.minidump;

import dev.breakwater.minidump.walk.WalkLimits;

/**
 * Options of one processing run.
 *
 * @param limits bounds on each thread's stack walk
 */
public record ProcessOptions(WalkLimits limits) {
  public static final ProcessOptions DEFAULT = new ProcessOptions(WalkLimits.DEFAULT);
}
