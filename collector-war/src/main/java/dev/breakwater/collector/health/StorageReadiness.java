package dev.breakwater.collector.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code storage}: the bucket accepts a write (and a delete) of a probe object. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

  @Inject DependencyChecks checks;

  @Override
  public HealthCheckResponse call() {
    return checks
        .storageProblem()
        .map(p -> HealthCheckResponse.named("storage").down().withData("error", p).build())
        .orElseGet(() -> HealthCheckResponse.up("storage"));
  }
}
