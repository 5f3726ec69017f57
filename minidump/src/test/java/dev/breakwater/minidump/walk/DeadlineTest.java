package dev.breakwater.minidump.walk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aDistantDeadlineHasNotPassed() {
    assertFalse(Deadline.after(Duration.ofHours(1)).passed());
    assertFalse(Deadline.none().passed());
  }

  @Test
  void aSpentBudgetHasPassed() {
    assertTrue(Deadline.after(Duration.ZERO).passed());
  }

  @Test
  void anInterruptedWalkStopsAsIfItsTimeWereUp() {
    Deadline deadline = Deadline.after(Duration.ofHours(1));
    Thread.currentThread().interrupt();

    assertTrue(deadline.passed());
    assertTrue(Deadline.none().passed());
  }

  @Test
  void theUnboundedDeadlineForgetsAnInterruptOnceItIsCleared() {
    Thread.currentThread().interrupt();
    assertTrue(Deadline.none().passed());
    Thread.interrupted();

    assertFalse(Deadline.none().passed());
  }
}
