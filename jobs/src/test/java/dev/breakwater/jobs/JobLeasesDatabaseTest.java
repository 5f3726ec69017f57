package dev.breakwater.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breakwater.db.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real PostgreSQL at $BREAKWATER_TEST_DB_URL (user $BREAKWATER_TEST_DB_USER, password
 * $BREAKWATER_TEST_DB_PASSWORD): the project's test command runs it against its test stack, with
 * {@code -Dbreakwater.require-database=true} so that it fails rather than skips without one.
 */
class JobLeasesDatabaseTest {
  private static EntityManagerFactory factory;
  private static Map<String, String> connection;

  @BeforeAll
  static void connect() {
    String url = System.getenv("BREAKWATER_TEST_DB_URL");
    if (url == null && Boolean.getBoolean("breakwater.require-database")) {
      fail("no PostgreSQL: set BREAKWATER_TEST_DB_URL (required by -Dbreakwater.require-database)");
    }
    assumeTrue(url != null, "no PostgreSQL: set BREAKWATER_TEST_DB_URL");
    String user = System.getenv().getOrDefault("BREAKWATER_TEST_DB_USER", "breakwater");
    String password = System.getenv().getOrDefault("BREAKWATER_TEST_DB_PASSWORD", "breakwater");
    DatabaseMigrations.migrate(url, user, password);
    connection =
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.user", user,
            "jakarta.persistence.jdbc.password", password);
    factory = Persistence.createEntityManagerFactory("jobs-test", connection);
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  private static <T> T inTransaction(Function<JobLeases, T> work) {
    EntityManager entityManager = factory.createEntityManager();
    try {
      entityManager.getTransaction().begin();
      T result = work.apply(new JobLeases(entityManager));
      entityManager.getTransaction().commit();
      return result;
    } finally {
      if (entityManager.getTransaction().isActive()) {
        entityManager.getTransaction().rollback();
      }
      entityManager.close();
    }
  }

  private static boolean acquire(String job, String instance, Duration lease, Duration every) {
    Boolean taken = inTransaction(l -> l.acquire(job, instance, lease, every));
    return taken;
  }

  private static String newJob() {
    return "test-" + UUID.randomUUID();
  }

  @Test
  void oneInstanceAtATimeHoldsTheLease() {
    String job = newJob();
    Duration minute = Duration.ofMinutes(1);
    assertTrue(acquire(job, "a", minute, Duration.ZERO));
    assertFalse(acquire(job, "b", minute, Duration.ZERO));
    assertFalse(acquire(job, "a", minute, Duration.ZERO));
    inTransaction(
        l -> {
          l.succeeded(job, "a");
          return null;
        });
    assertTrue(acquire(job, "b", minute, Duration.ZERO));
    assertEquals("b", inTransaction(l -> l.state(job)).owner());
  }

  @Test
  void aLeaseWhoseHolderDiedIsTakenOverWhenItRunsOut() throws InterruptedException {
    String job = newJob();
    assertTrue(acquire(job, "dead", Duration.ofMillis(200), Duration.ZERO));
    assertFalse(acquire(job, "alive", Duration.ofMinutes(1), Duration.ZERO));
    Thread.sleep(400);
    assertTrue(acquire(job, "alive", Duration.ofMinutes(1), Duration.ZERO));
  }

  @Test
  void aJobIsNotDueAgainBeforeItsPeriod() {
    String job = newJob();
    Duration hour = Duration.ofHours(1);
    assertTrue(acquire(job, "a", Duration.ofMinutes(1), hour));
    inTransaction(
        l -> {
          l.succeeded(job, "a");
          return null;
        });
    assertFalse(acquire(job, "b", Duration.ofMinutes(1), hour));
  }

  @Test
  void outcomesAreRecorded() {
    String job = newJob();
    inTransaction(l -> l.acquire(job, "a", Duration.ofMinutes(1), Duration.ZERO));
    inTransaction(
        l -> {
          l.failed(job, "a", "IOException: bucket gone");
          return null;
        });
    JobLock failed = inTransaction(l -> l.state(job));
    assertEquals(1, failed.errorCount());
    assertEquals("IOException: bucket gone", failed.lastError());
    assertNull(failed.lockedUntil());
    assertNull(failed.lastSuccess());
    inTransaction(l -> l.acquire(job, "a", Duration.ofMinutes(1), Duration.ZERO));
    inTransaction(
        l -> {
          l.succeeded(job, "a");
          return null;
        });
    JobLock succeeded = inTransaction(l -> l.state(job));
    assertEquals(0, succeeded.errorCount());
    assertNull(succeeded.lastError());
    assertTrue(succeeded.lastSuccess() != null);
  }

  @Test
  void theSchemaCheckAcceptsTheEntitiesAndNamesAMismatch() {
    EntityManager entityManager = factory.createEntityManager();
    try {
      assertTrue(SchemaStartup.EntityCheck.problem(entityManager).isEmpty());
    } finally {
      entityManager.close();
    }
    EntityManagerFactory mismatched =
        Persistence.createEntityManagerFactory("jobs-test-mismatch", connection);
    try {
      EntityManager broken = mismatched.createEntityManager();
      String problem = SchemaStartup.EntityCheck.problem(broken).orElseThrow();
      assertTrue(problem.contains("no_such_column"), problem);
      broken.close();
    } finally {
      mismatched.close();
    }
  }
}
