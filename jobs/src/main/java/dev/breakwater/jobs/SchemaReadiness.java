package dev.breakwater.jobs;

import dev.breakwater.common.health.HealthResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the start-up migration succeeded and every entity matches the schema. */
@ApplicationScoped
@Readiness
public class SchemaReadiness implements HealthCheck {

  @Inject SchemaStartup schema;

  @Override
  public HealthCheckResponse call() {
    return schema
        .problem()
        .map(p -> HealthResponses.down("schema", p))
        .orElseGet(() -> HealthResponses.up("schema"));
  }
}
