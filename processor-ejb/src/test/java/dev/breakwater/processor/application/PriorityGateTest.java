package dev.breakwater.processor.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PriorityGateTest {
  private static final Duration LONG = Duration.ofSeconds(30);

  private final PriorityGate gate = new PriorityGate();
  private Thread standardCrash;

  @AfterEach
  void stopStandardCrash() throws InterruptedException {
    if (standardCrash != null) {
      standardCrash.interrupt();
      standardCrash.join(LONG.toMillis());
    }
  }

  @Test
  void idleGateLetsStandardCrashesThrough() throws Exception {
    assertTrue(gate.awaitIdle(Duration.ZERO));
  }

  @Test
  void standardCrashesWaitForPriorityCrashesInProgress() throws Exception {
    gate.enter();
    gate.enter();
    FutureTask<Boolean> waiting = waitInsideGate(LONG);

    gate.leave();
    assertStillWaiting(waiting, "one priority crash still in progress");

    gate.leave();
    assertTrue(waiting.get(LONG.toSeconds(), TimeUnit.SECONDS));
  }

  @Test
  void theWaitIsBounded() throws Exception {
    gate.enter();
    assertFalse(gate.awaitIdle(Duration.ofMillis(20)));
  }

  /**
   * Starts a standard crash that waits at the gate, and returns once it is known to be parked
   * inside {@code awaitIdle}. Without that, "not done yet" would also hold for a task that has not
   * started, and a gate that never waits would pass.
   */
  private FutureTask<Boolean> waitInsideGate(Duration max) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    FutureTask<Boolean> waiting =
        new FutureTask<>(
            () -> {
              started.countDown();
              return gate.awaitIdle(max);
            });
    standardCrash = new Thread(waiting, "standard-crash");
    standardCrash.setDaemon(true);
    standardCrash.start();
    assertTrue(started.await(LONG.toSeconds(), TimeUnit.SECONDS), "the standard crash never ran");
    awaitParked(waiting);
    return waiting;
  }

  /**
   * Past the latch the task can only block in the gate's {@code wait}: TIMED_WAITING is the gate
   * holding it. A task that finishes instead went through without waiting.
   */
  private void awaitParked(FutureTask<Boolean> waiting) throws Exception {
    long deadline = System.nanoTime() + LONG.toNanos();
    while (standardCrash.getState() != Thread.State.TIMED_WAITING) {
      if (waiting.isDone()) {
        fail("the standard crash went through the gate (" + outcome(waiting) + ")");
      }
      if (System.nanoTime() > deadline) {
        fail("the standard crash never waited in the gate: " + standardCrash.getState());
      }
      Thread.onSpinWait();
    }
  }

  /**
   * The task is still held: it gets a moment to come out, which a gate that wrongly let it go would
   * use; a correct gate cannot make this fail, however slow the machine.
   */
  private void assertStillWaiting(FutureTask<Boolean> waiting, String why) {
    assertThrows(
        TimeoutException.class, () -> waiting.get(100, TimeUnit.MILLISECONDS), why + ": released");
  }

  private static String outcome(FutureTask<Boolean> waiting) {
    try {
      return "awaitIdle returned " + waiting.get();
    } catch (ExecutionException e) {
      return "awaitIdle threw " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
