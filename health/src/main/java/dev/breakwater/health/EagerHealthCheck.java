package dev.breakwater.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;

/**
 * A health check bean created with its application: a bean first created by a health request did
 * not see the application's configuration. Components subclass the checks of this package and
 * annotate the subclass ({@code @ApplicationScoped @Readiness}), so that only the checks a
 * component declares are active in it.
 */
public abstract class EagerHealthCheck implements HealthCheck {

  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}
}
