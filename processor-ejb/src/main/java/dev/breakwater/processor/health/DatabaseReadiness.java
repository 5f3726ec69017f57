package dev.breakwater.processor.health;

import dev.breakwater.health.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL is reachable and its schema is migrated. */
@ApplicationScoped
@Readiness
public class DatabaseReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "breakwater.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "breakwater.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "breakwater.db.password")
  String password;

  /**
   * Creates the bean with the application: a bean first created by a health request did not see
   * this application's configuration.
   */
  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}

  @Override
  public HealthCheckResponse call() {
    return DatabaseProbe.check("database", url, user, password);
  }
}
