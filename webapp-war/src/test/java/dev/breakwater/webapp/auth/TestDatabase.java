package dev.breakwater.webapp.auth;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breakwater.db.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL of the *DatabaseTests, at $BREAKWATER_TEST_DB_URL (user
 * $BREAKWATER_TEST_DB_USER, password $BREAKWATER_TEST_DB_PASSWORD), migrated to the current schema.
 * The project's test command runs them against its test stack, with {@code
 * -Dbreakwater.require-database=true} so that they fail rather than skip without one.
 */
public final class TestDatabase {
  private static EntityManagerFactory factory;

  private TestDatabase() {}

  public static String url() {
    String url = System.getenv("BREAKWATER_TEST_DB_URL");
    if (url == null && Boolean.getBoolean("breakwater.require-database")) {
      fail("no PostgreSQL: set BREAKWATER_TEST_DB_URL (required by -Dbreakwater.require-database)");
    }
    assumeTrue(url != null, "no PostgreSQL: set BREAKWATER_TEST_DB_URL");
    return url;
  }

  public static String user() {
    return System.getenv().getOrDefault("BREAKWATER_TEST_DB_USER", "breakwater");
  }

  public static String password() {
    return System.getenv().getOrDefault("BREAKWATER_TEST_DB_PASSWORD", "breakwater");
  }

  /** The migrated database's entity manager factory, shared by the tests of one run. */
  public static synchronized EntityManagerFactory entities() {
    if (factory == null) {
      DatabaseMigrations.migrate(url(), user(), password());
      factory =
          Persistence.createEntityManagerFactory(
              "accounts-test",
              Map.of(
                  "jakarta.persistence.jdbc.url", url(),
                  "jakarta.persistence.jdbc.user", user(),
                  "jakarta.persistence.jdbc.password", password()));
    }
    return factory;
  }

  public static PGSimpleDataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    dataSource.setUser(user());
    dataSource.setPassword(password());
    DatabaseMigrations.migrate(dataSource);
    return dataSource;
  }

  /** Runs {@code work} in a transaction of its own, committed unless it throws. */
  public static <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager entityManager = entities().createEntityManager();
    try {
      entityManager.getTransaction().begin();
      T result = work.apply(entityManager);
      entityManager.getTransaction().commit();
      return result;
    } finally {
      if (entityManager.getTransaction().isActive()) {
        entityManager.getTransaction().rollback();
      }
      entityManager.close();
    }
  }
}
