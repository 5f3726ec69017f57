package dev.breakwater.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Live unless threads are deadlocked: a state only a restart fixes. */
public abstract class DeadlockLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return DeadlockProbe.check("deadlocks");
  }
}
