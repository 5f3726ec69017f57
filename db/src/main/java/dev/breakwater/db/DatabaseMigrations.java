package dev.breakwater.db;

import java.io.PrintStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies Breakwater's PostgreSQL schema (the Flyway migrations under {@code db/migration}).
 *
 * <p>Deployment runs it once before starting new application versions ({@code bin/breakwater} does
 * so for the local and test stacks); an application may also call {@link #migrate(DataSource)} at
 * startup. Flyway takes a PostgreSQL advisory lock while migrating, so concurrent callers are safe.
 */
public final class DatabaseMigrations {

  /** Classpath location of the migration scripts. */
  public static final String LOCATION = "classpath:db/migration";

  private DatabaseMigrations() {}

  /** Brings the schema behind {@code dataSource} up to the newest migration. */
  public static MigrateResult migrate(DataSource dataSource) {
    return configure().dataSource(dataSource).load().migrate();
  }

  /** Brings the schema at {@code jdbcUrl} up to the newest migration. */
  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    return configure().dataSource(jdbcUrl, user, password).load().migrate();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration configure() {
    return Flyway.configure().locations(LOCATION).failOnMissingLocations(true);
  }

  /**
   * Command-line entry point: {@code DatabaseMigrations <jdbc-url> <user>}; the password comes from
   * the environment variable {@code BREAKWATER_DB_PASSWORD} so that it stays out of process lists.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      usage(System.err);
      System.exit(2);
    }
    String password = System.getenv().getOrDefault("BREAKWATER_DB_PASSWORD", "");
    Flyway flyway = configure().dataSource(args[0], args[1], password).load();
    MigrateResult result = flyway.migrate();
    System.out.printf(
        "database %s: %d migration(s) applied, schema version %s%n",
        result.database, result.migrationsExecuted, flyway.info().current().getVersion());
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: DatabaseMigrations <jdbc-url> <user>   (password in BREAKWATER_DB_PASSWORD)");
  }
}
