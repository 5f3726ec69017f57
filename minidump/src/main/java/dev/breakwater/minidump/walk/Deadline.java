package dev.breakwater.minidump.walk;

import java.time.Duration;

/** When a processing run must stop walking; checked between frames and between threads. */
public final class Deadline {
  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, false);

  private final long deadlineNanos;
  private final boolean bounded;
  private boolean passed;

  private Deadline(long deadlineNanos, boolean bounded) {
    this.deadlineNanos = deadlineNanos;
    this.bounded = bounded;
  }

  /** A deadline {@code budget} from now, or none when {@code budget} is null. */
  public static Deadline after(Duration budget) {
    return budget == null ? NONE : new Deadline(System.nanoTime() + budget.toNanos(), true);
  }

  public static Deadline none() {
    return NONE;
  }

  /**
   * True once the time is up (and from then on), or when the walking thread has been interrupted: a
   * caller that gave up on the walk interrupts it, and the walk ends at its next check instead of
   * running on unobserved.
   */
  public boolean passed() {
    if (!bounded) {
      // NONE is shared by every run: it must not remember one thread's interruption.
      return Thread.currentThread().isInterrupted();
    }
    if (!passed
        && (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0)) {
      passed = true;
    }
    return passed;
  }
}
