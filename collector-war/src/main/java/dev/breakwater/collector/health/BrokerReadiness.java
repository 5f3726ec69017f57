package dev.breakwater.collector.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code broker}: the publisher's own connection reaches the broker. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Inject DependencyChecks checks;

  @Override
  public HealthCheckResponse call() {
    return checks
        .queueProblem()
        .map(p -> HealthCheckResponse.named("broker").down().withData("error", p).build())
        .orElseGet(() -> HealthCheckResponse.up("broker"));
  }
}
