package dev.breakwater.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Instances that start together on an empty database migrate it once: Flyway's advisory lock makes
 * the others wait and find the schema current. Against a real PostgreSQL at
 * $BREAKWATER_TEST_DB_URL, in a schema of its own that it drops afterwards.
 */
class ConcurrentMigrationDatabaseTest {
  private static final int INSTANCES = 3;

  @Test
  void instancesStartingTogetherApplyEachMigrationOnce() throws Exception {
    String url = System.getenv("BREAKWATER_TEST_DB_URL");
    if (url == null && Boolean.getBoolean("breakwater.require-database")) {
      fail("no PostgreSQL: set BREAKWATER_TEST_DB_URL (required by -Dbreakwater.require-database)");
    }
    assumeTrue(url != null, "no PostgreSQL: set BREAKWATER_TEST_DB_URL");
    String user = System.getenv().getOrDefault("BREAKWATER_TEST_DB_USER", "breakwater");
    String password = System.getenv().getOrDefault("BREAKWATER_TEST_DB_PASSWORD", "breakwater");
    String schema = "migration_test_" + UUID.randomUUID().toString().replace("-", "");
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<MigrateResult>> results = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return DatabaseMigrations.migrate(schemaUrl, user, password);
                }));
      }
      start.countDown();
      int applied = 0;
      for (Future<MigrateResult> result : results) {
        applied += result.get().migrationsExecuted;
      }
      int versions = countHistory(url, user, password, schema, "WHERE version IS NOT NULL");
      assertEquals(
          versions,
          countHistory(url, user, password, schema, "WHERE version IS NOT NULL GROUP BY version"),
          "a version recorded twice");
      assertEquals(versions, applied, "migrations applied across the instances");
      assertEquals(
          versions,
          countHistory(url, user, password, schema, "WHERE version IS NOT NULL AND success"),
          "a migration failed");
      assertTrue(versions >= 6, "only " + versions + " migrations");
    } finally {
      pool.shutdownNow();
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static int countHistory(
      String url, String user, String password, String schema, String clause) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM "
                    + schema
                    + ".flyway_schema_history "
                    + clause
                    + ") rows")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
