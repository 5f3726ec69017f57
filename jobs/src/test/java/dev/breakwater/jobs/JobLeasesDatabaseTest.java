package dev.breakwater.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.breakwater.db.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
  private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5));

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

  /** The test's jobs are not the application's: they must not linger in the stack's tables. */
  @AfterAll
  static void close() {
    if (factory == null) {
      return;
    }
    EntityManager entityManager = factory.createEntityManager();
    try {
      entityManager.getTransaction().begin();
      entityManager
          .createNativeQuery("DELETE FROM job_run WHERE job_name LIKE 'test-%'")
          .executeUpdate();
      entityManager
          .createNativeQuery("DELETE FROM job_lock WHERE job_name LIKE 'test-%'")
          .executeUpdate();
      entityManager.getTransaction().commit();
    } finally {
      entityManager.close();
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

  private static JobSpec job(Duration every, boolean backfill, Duration lease) {
    return new JobSpec("test-" + UUID.randomUUID(), every, Optional.empty(), backfill, lease, true);
  }

  private static Optional<Lease> acquire(JobSpec spec, String instance) {
    return inTransaction(l -> l.acquire(spec, instance));
  }

  private static void succeed(Lease lease) {
    inTransaction(
        l -> {
          l.succeeded(lease);
          return null;
        });
  }

  private static void failRun(Lease lease, String error) {
    inTransaction(
        l -> {
          l.failed(lease, error, BACKOFF);
          return null;
        });
  }

  /** Moves one of the job's times into the past, as if the clock had moved on. */
  private static void shift(String job, String column, Duration back) {
    EntityManager entityManager = factory.createEntityManager();
    try {
      entityManager.getTransaction().begin();
      entityManager
          .createNativeQuery(
              "UPDATE job_lock SET %1$s = %1$s - (?2 * interval '1 millisecond') WHERE job_name = ?1"
                  .formatted(column))
          .setParameter(1, job)
          .setParameter(2, back.toMillis())
          .executeUpdate();
      entityManager.getTransaction().commit();
    } finally {
      entityManager.close();
    }
  }

  @Test
  void oneInstanceAtATimeHoldsTheLeaseAndTheNextSlotIsNotDueYet() {
    JobSpec spec = job(Duration.ofHours(1), false, Duration.ofMinutes(1));
    Lease lease = acquire(spec, "a").orElseThrow();
    assertTrue(acquire(spec, "b").isEmpty(), "b took a lease that a holds");
    assertTrue(acquire(spec, "a").isEmpty(), "a took its own lease twice");
    succeed(lease);
    assertTrue(acquire(spec, "b").isEmpty(), "ran again before the next slot");
    JobLock state = inTransaction(l -> l.state(spec.name()));
    assertEquals("a", state.owner());
    assertEquals(spec.slotAfter(lease.started()), state.nextDue().toInstant());
    assertEquals(spec.slotAtOrBefore(lease.started()), lease.slot());
  }

  /** Instances ticking at the same moments, as N webapps do: every slot is run exactly once. */
  @Test
  void concurrentInstancesRunEachSlotExactlyOnce() throws Exception {
    JobSpec spec = job(Duration.ofMillis(300), false, Duration.ofMinutes(1));
    int instances = 6;
    Set<Instant> slots = ConcurrentHashMap.newKeySet();
    AtomicInteger runs = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    List<Future<?>> ticking = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      String instance = "instance-" + i;
      ticking.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  acquire(spec, instance)
                      .ifPresent(
                          lease -> {
                            runs.incrementAndGet();
                            assertTrue(slots.add(lease.slot()), "slot run twice: " + lease);
                            succeed(lease);
                          });
                }
                return null;
              }));
    }
    for (Future<?> instance : ticking) {
      instance.get();
    }
    pool.shutdown();
    assertEquals(slots.size(), runs.get());
    assertTrue(runs.get() >= 5, "only " + runs.get() + " runs in 3 s of 300 ms slots");
  }

  @Test
  void aLeaseWhoseHolderDiedIsTakenOverWhenItRunsOut() throws InterruptedException {
    JobSpec spec = job(Duration.ofHours(1), false, Duration.ofMillis(300));
    Lease dead = acquire(spec, "dead").orElseThrow();
    assertTrue(acquire(spec, "alive").isEmpty());
    Thread.sleep(500);
    Lease taken = acquire(spec, "alive").orElseThrow();
    assertEquals(dead.slot(), taken.slot(), "the taken-over run is for the same slot");
    succeed(dead); // the presumed dead holder finishing late does not overwrite the new holder
    assertTrue(inTransaction(l -> l.state(spec.name())).lockedUntil() != null);
  }

  @Test
  void aFailureBacksOffExponentiallyAndASuccessForgetsIt() {
    JobSpec spec = job(Duration.ofHours(1), false, Duration.ofMinutes(10));
    failRun(acquire(spec, "a").orElseThrow(), "IOException: bucket gone");
    JobLock once = inTransaction(l -> l.state(spec.name()));
    assertEquals(1, once.errorCount());
    assertEquals("IOException: bucket gone", once.lastError());
    assertNull(once.lockedUntil());
    assertNull(once.lastSuccess());
    assertBackoff(once, Duration.ofMinutes(1));
    assertTrue(acquire(spec, "a").isEmpty(), "retried during the back-off");

    shift(spec.name(), "retry_at", Duration.ofMinutes(2));
    failRun(acquire(spec, "b").orElseThrow(), "IOException: still gone");
    JobLock twice = inTransaction(l -> l.state(spec.name()));
    assertEquals(2, twice.errorCount());
    assertBackoff(twice, Duration.ofMinutes(2));

    shift(spec.name(), "retry_at", Duration.ofMinutes(3));
    succeed(acquire(spec, "a").orElseThrow());
    JobLock healed = inTransaction(l -> l.state(spec.name()));
    assertEquals(0, healed.errorCount());
    assertNull(healed.lastError());
    assertNull(healed.retryAt());
    assertNotNull(healed.lastSuccess());
  }

  private static void assertBackoff(JobLock state, Duration expected) {
    Duration wait = Duration.between(state.lastFinished(), state.retryAt());
    assertEquals(expected.toSeconds(), wait.toSeconds(), "back-off " + wait);
  }

  @Test
  void aBackfillingJobRunsEveryMissedSlotOldestFirst() {
    JobSpec spec = job(Duration.ofHours(1), true, Duration.ofMinutes(10));
    Lease first = acquire(spec, "a").orElseThrow();
    succeed(first);
    // As if three hours had passed: the slots next_due - 3h, - 2h and - 1h are due now.
    shift(spec.name(), "next_due", Duration.ofHours(3));
    Instant missed = first.slot().minus(Duration.ofHours(2));
    for (int i = 0; i < 3; i++) {
      Lease lease = acquire(spec, "a").orElseThrow(() -> new AssertionError("slot not run"));
      assertEquals(missed.plus(Duration.ofHours(i)), lease.slot());
      succeed(lease);
    }
    assertTrue(acquire(spec, "a").isEmpty(), "ran beyond the slots that came");
  }

  @Test
  void aJobThatDoesNotBackfillSkipsMissedSlots() {
    JobSpec spec = job(Duration.ofHours(1), false, Duration.ofMinutes(10));
    Lease first = acquire(spec, "a").orElseThrow();
    succeed(first);
    shift(spec.name(), "next_due", Duration.ofHours(3));
    Lease late = acquire(spec, "a").orElseThrow();
    assertEquals(first.slot(), late.slot(), "runs for the latest slot, not a missed one");
    succeed(late);
    assertTrue(acquire(spec, "a").isEmpty());
  }

  @Test
  void aFailedBackfillSlotIsRetriedBeforeTheNextOne() {
    JobSpec spec = job(Duration.ofHours(1), true, Duration.ofMinutes(10));
    succeed(acquire(spec, "a").orElseThrow());
    shift(spec.name(), "next_due", Duration.ofHours(2));
    Lease failing = acquire(spec, "a").orElseThrow();
    failRun(failing, "boom");
    shift(spec.name(), "retry_at", Duration.ofMinutes(2));
    assertEquals(failing.slot(), acquire(spec, "a").orElseThrow().slot());
  }

  @Test
  void aRequestedRunHappensWhateverTheScheduleOrBackoff() {
    JobSpec spec = job(Duration.ofDays(1), false, Duration.ofMinutes(10));
    failRun(acquire(spec, "a").orElseThrow(), "boom");
    assertTrue(acquire(spec, "a").isEmpty());
    inTransaction(
        l -> {
          l.requestRun(spec.name());
          return null;
        });
    Lease requested = acquire(spec, "b").orElseThrow();
    succeed(requested);
    JobLock state = inTransaction(l -> l.state(spec.name()));
    assertFalse(state.runRequested());
    assertEquals(0, state.errorCount());
  }

  @Test
  void resettingErrorsEndsTheBackoff() {
    JobSpec spec = job(Duration.ofDays(1), false, Duration.ofMinutes(10));
    failRun(acquire(spec, "a").orElseThrow(), "boom");
    inTransaction(
        l -> {
          l.resetErrors(spec.name());
          return null;
        });
    JobLock state = inTransaction(l -> l.state(spec.name()));
    assertEquals(0, state.errorCount());
    assertTrue(acquire(spec, "a").isPresent(), "still backing off after the reset");
  }

  @Test
  void everyRunIsLoggedWithItsOutcomeAndTheLogIsTrimmed() {
    JobSpec spec = job(Duration.ofMinutes(1), false, Duration.ofMinutes(10));
    failRun(acquire(spec, "a").orElseThrow(), "boom");
    shift(spec.name(), "retry_at", Duration.ofMinutes(2));
    succeed(acquire(spec, "b").orElseThrow());
    List<JobRun> runs = inTransaction(l -> l.runs(spec.name(), 10));
    assertEquals(2, runs.size());
    assertTrue(runs.get(0).succeeded());
    assertEquals("b", runs.get(0).instance());
    assertFalse(runs.get(1).succeeded());
    assertEquals("boom", runs.get(1).error());
    assertTrue(runs.get(1).durationMs() >= 0);
    int deleted = inTransaction(l -> l.deleteRunsBefore(l.now().plusSeconds(1)));
    assertTrue(deleted >= 2, "deleted " + deleted);
    assertTrue(inTransaction(l -> l.runs(spec.name(), 10)).isEmpty());
  }

  @Test
  void slotsFallOnTheTimeOfDay() {
    JobSpec daily =
        new JobSpec(
            "daily",
            Duration.ofDays(1),
            Optional.of(LocalTime.of(4, 0)),
            true,
            Duration.ofHours(1),
            true);
    assertEquals(
        Instant.parse("2026-12-01T04:00:00Z"),
        daily.slotAtOrBefore(Instant.parse("2026-12-02T03:59:59Z")));
    assertEquals(
        Instant.parse("2026-12-02T04:00:00Z"),
        daily.slotAtOrBefore(Instant.parse("2026-12-02T04:00:00Z")));
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
