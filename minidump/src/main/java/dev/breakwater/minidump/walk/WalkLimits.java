package dev.breakwater.minidump.walk;

/**
 * Bounds on one thread's walk.
 *
 * @param maxFrames frames (including inline frames) after which the walk stops
 * @param maxScannedFrames frames found by scanning after which scanning is no longer tried
 *     (Breakpad's default is 16384)
 */
public record WalkLimits(int maxFrames, int maxScannedFrames) {
  public static final WalkLimits DEFAULT = new WalkLimits(100_000, 1 << 14);
}
