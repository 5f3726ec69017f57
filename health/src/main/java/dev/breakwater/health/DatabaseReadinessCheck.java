package dev.breakwater.health;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Ready only when PostgreSQL is reachable and its schema is migrated. */
public abstract class DatabaseReadinessCheck extends EagerHealthCheck {

  @Inject
  @ConfigProperty(name = "breakwater.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "breakwater.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "breakwater.db.password")
  String password;

  @Override
  public HealthCheckResponse call() {
    return DatabaseProbe.check("database", url, user, password);
  }
}
