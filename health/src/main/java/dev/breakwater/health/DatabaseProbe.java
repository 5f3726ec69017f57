package dev.breakwater.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Checks that the PostgreSQL database is reachable with the component's credentials and that its
 * schema has been migrated (Flyway's history table has a successful row).
 */
public final class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 3;

  private static final String SCHEMA_VERSION =
      "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1";

  private DatabaseProbe() {}

  /** UP with the schema version, or DOWN with the reason. */
  public static HealthCheckResponse check(String name, String jdbcUrl, String user, String pass) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl);
    dataSource.setConnectTimeout(TIMEOUT_SECONDS);
    dataSource.setSocketTimeout(TIMEOUT_SECONDS);
    dataSource.setLoginTimeout(TIMEOUT_SECONDS);
    try (Connection connection = dataSource.getConnection(user, pass);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SCHEMA_VERSION)) {
      if (!rows.next()) {
        return Responses.down(name, "schema not migrated: no successful Flyway migration");
      }
      return Responses.of(name, true, "schema", rows.getString(1));
    } catch (SQLException | RuntimeException e) {
      return Responses.down(name, e);
    }
  }
}
