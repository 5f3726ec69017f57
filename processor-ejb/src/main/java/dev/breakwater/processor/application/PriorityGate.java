package dev.breakwater.processor.application;

import java.time.Duration;

/**
 * Lets priority crashes (someone is waiting to look at them) go first. Priority crashes have their
 * own consumers, so they never wait behind standard ones in the broker; and while any is being
 * processed, standard crashes wait here before they start, leaving the CPU to it. The wait is
 * bounded so a steady stream of priority crashes cannot starve the standard queue.
 */
public final class PriorityGate {
  private int inProgress;

  /** A priority crash starts. */
  public synchronized void enter() {
    inProgress++;
  }

  /** A priority crash is done. */
  public synchronized void leave() {
    inProgress--;
    if (inProgress == 0) {
      notifyAll();
    }
  }

  /**
   * Waits until no priority crash is in progress, at most {@code max}.
   *
   * @return true if the gate was idle in time
   */
  public synchronized boolean awaitIdle(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (inProgress > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
