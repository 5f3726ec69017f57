package dev.breakwater.db.health;

import dev.breakwater.common.health.HealthResponses;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Checks that the PostgreSQL database is reachable through the application's data source and that
 * its schema has been migrated (Flyway's history table has a successful row).
 */
public final class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 3;

  private static final String SCHEMA_VERSION =
      "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1";

  private DatabaseProbe() {}

  /** UP with the schema version, or DOWN with the reason. */
  public static HealthCheckResponse check(String name, DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet rows = statement.executeQuery(SCHEMA_VERSION)) {
        if (!rows.next()) {
          return HealthResponses.down(name, "schema not migrated: no successful Flyway migration");
        }
        return HealthResponses.of(name, true, "schema", rows.getString(1));
      }
    } catch (SQLException | RuntimeException e) {
      return HealthResponses.down(name, e);
    }
  }
}
