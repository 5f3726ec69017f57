package dev.breakwater.common.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Liveness: a JVM with deadlocked threads will not recover on its own and should be restarted. Only
 * threads blocked on monitors or ownable synchronizers count; slow work is not a deadlock.
 */
public final class DeadlockProbe {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private DeadlockProbe() {}

  /** DOWN with the number of deadlocked threads, UP otherwise. */
  public static HealthCheckResponse check(String name) {
    long[] deadlocked = THREADS.findDeadlockedThreads();
    long count = deadlocked == null ? 0 : deadlocked.length;
    return HealthResponses.of(name, count == 0, "deadlocked", count);
  }
}
