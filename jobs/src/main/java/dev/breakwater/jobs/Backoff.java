package dev.breakwater.jobs;

import java.time.Duration;

/**
 * How long a failed job waits before it is tried again: {@code base}, doubled for every further
 * consecutive failure, at most {@code max}.
 */
public record Backoff(Duration base, Duration max) {

  /** The wait after the {@code failures}-th consecutive failure (1 for the first). */
  public Duration after(int failures) {
    Duration wait = base;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
