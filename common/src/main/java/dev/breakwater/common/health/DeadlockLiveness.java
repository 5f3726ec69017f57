package dev.breakwater.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live unless threads are deadlocked: a state only a restart fixes. Every component has it. */
@ApplicationScoped
@Liveness
public class DeadlockLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return DeadlockProbe.check("deadlocks");
  }
}
