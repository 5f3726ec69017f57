package dev.breakwater.db.health;

import dev.breakwater.db.BreakwaterDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when PostgreSQL is reachable through the application's data source and its schema is
 * migrated. Only components that bundle this library (they use the database) have it.
 */
@ApplicationScoped
@Readiness
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = BreakwaterDataSource.JNDI_NAME)
  private DataSource dataSource;

  // Created with the application, like the other checks: see EagerHealthCheck.
  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}

  @Override
  public HealthCheckResponse call() {
    return DatabaseProbe.check("database", dataSource);
  }
}
