package dev.breakwater.collector.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** MP Health readiness ({@code /health/ready}): up only when storage and broker work. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject DependencyChecks checks;

  @Override
  public HealthCheckResponse call() {
    Map<String, String> problems = checks.problems();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("collector-dependencies").status(problems.isEmpty());
    response.withData("storage", problems.getOrDefault("storage", "ok"));
    response.withData("queue", problems.getOrDefault("queue", "ok"));
    return response.build();
  }
}
