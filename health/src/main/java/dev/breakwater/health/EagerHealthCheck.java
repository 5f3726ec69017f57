package dev.breakwater.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;

/**
 * A health check bean created with its application: a bean first created by a health request did
 * not see the application's configuration. A component has the checks of the libraries it bundles:
 * this one (broker, search) for the processor and the webapp, {@code breakwater-db}'s (database)
 * where PostgreSQL is used, {@code breakwater-common}'s (deadlocks) everywhere.
 */
public abstract class EagerHealthCheck implements HealthCheck {

  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}
}
