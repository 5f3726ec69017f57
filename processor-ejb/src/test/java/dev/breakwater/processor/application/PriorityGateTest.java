package dev.breakwater.processor.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PriorityGateTest {
  private final PriorityGate gate = new PriorityGate();

  @Test
  void idleGateLetsStandardCrashesThrough() throws Exception {
    assertTrue(gate.awaitIdle(Duration.ZERO));
  }

  @Test
  void standardCrashesWaitForPriorityCrashesInProgress() throws Exception {
    gate.enter();
    gate.enter();
    CompletableFuture<Boolean> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return gate.awaitIdle(Duration.ofSeconds(30));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    gate.leave();
    assertFalse(waiting.isDone() && waiting.get(), "one priority crash still in progress");
    gate.leave();
    assertTrue(waiting.get(30, TimeUnit.SECONDS));
  }

  @Test
  void theWaitIsBounded() throws Exception {
    gate.enter();
    assertFalse(gate.awaitIdle(Duration.ofMillis(20)));
  }
}
