package dev.breakwater.common.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class DeadlockProbeTest {

  @Test
  void deadlockFreeJvmIsLive() {
    HealthCheckResponse response = DeadlockProbe.check("deadlocks");
    assertEquals(Status.UP, response.getStatus());
    assertEquals(0L, response.getData().orElseThrow().get("deadlocked"));
  }

  @Test
  void deadlockedThreadsMakeItDown() throws InterruptedException {
    Object a = new Object();
    Object b = new Object();
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    Thread first = new Thread(() -> lockBoth(a, b, bothHoldOne), "deadlock-a");
    Thread second = new Thread(() -> lockBoth(b, a, bothHoldOne), "deadlock-b");
    first.setDaemon(true);
    second.setDaemon(true);
    first.start();
    second.start();
    bothHoldOne.await(5, TimeUnit.SECONDS);
    HealthCheckResponse response = DeadlockProbe.check("deadlocks");
    for (int i = 0; i < 50 && response.getStatus() == Status.UP; i++) {
      Thread.sleep(100);
      response = DeadlockProbe.check("deadlocks");
    }
    assertEquals(Status.DOWN, response.getStatus());
    assertEquals(2L, response.getData().orElseThrow().get("deadlocked"));
  }

  private static void lockBoth(Object firstLock, Object secondLock, CountDownLatch latch) {
    synchronized (firstLock) {
      latch.countDown();
      try {
        latch.await();
      } catch (InterruptedException e) {
        return;
      }
      synchronized (secondLock) {
        latch.countDown();
      }
    }
  }
}
