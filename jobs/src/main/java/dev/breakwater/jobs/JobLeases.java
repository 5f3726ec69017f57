package dev.breakwater.jobs;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Leases and schedules over {@code job_lock}: a tick runs a job only after taking its lease, so N
 * instances run each job once per slot, and a lease whose holder died runs out by itself. Every
 * time is the database's, so instances with skewed clocks still agree. Each method runs in the
 * caller's transaction; callers commit it before the job's work starts, so that other instances see
 * the lease.
 */
public final class JobLeases {
  private static final int MAX_ERROR_LENGTH = 2000;

  private final EntityManager entityManager;

  public JobLeases(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Takes the lease of {@code spec}'s job for {@code instance} if the job is due (its next slot has
   * come and it is not backing off after a failure, or a run was requested) and nobody holds it, or
   * its holder's lease ran out.
   *
   * @return the lease, or empty when the job is not due or another instance holds it
   */
  public Optional<Lease> acquire(JobSpec spec, String instance) {
    // The row appears on the job's first tick anywhere; ON CONFLICT makes that race harmless.
    entityManager
        .createNativeQuery(
            "INSERT INTO job_lock (job_name) VALUES (?1) ON CONFLICT (job_name) DO NOTHING")
        .setParameter(1, spec.name())
        .executeUpdate();
    // SKIP LOCKED: an instance deciding about the same job at this moment wins; this one passes.
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT now(), locked_until, next_due, retry_at, run_requested FROM job_lock"
                    + " WHERE job_name = ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, spec.name())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    Instant now = instant(row[0]);
    Instant lockedUntil = instant(row[1]);
    Instant nextDue = instant(row[2]);
    Instant retryAt = instant(row[3]);
    boolean requested = Boolean.TRUE.equals(row[4]);
    if (lockedUntil != null && lockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    boolean scheduled =
        (nextDue == null || !nextDue.isAfter(now)) && (retryAt == null || !retryAt.isAfter(now));
    if (!scheduled && !requested) {
      return Optional.empty();
    }
    Lease lease = lease(spec, instance, now, scheduled ? nextDue : null);
    entityManager
        .createNativeQuery(
            // now() is the transaction's start, the same instant the SELECT above read.
            "UPDATE job_lock SET owner = ?2, last_started = now(), run_requested = false,"
                + " locked_until = now() + (?3 * interval '1 millisecond') WHERE job_name = ?1")
        .setParameter(1, spec.name())
        .setParameter(2, instance)
        .setParameter(3, spec.lease().toMillis())
        .executeUpdate();
    return Optional.of(lease);
  }

  /**
   * Which slot a run at {@code now} is for, and which comes next: a backfilling job works through
   * its missed slots oldest first; any other job runs for the latest slot and skips the rest.
   */
  static Lease lease(JobSpec spec, String instance, Instant now, Instant dueSlot) {
    Instant latest = spec.slotAtOrBefore(now);
    if (spec.backfill() && dueSlot != null) {
      return new Lease(spec.name(), instance, dueSlot, dueSlot.plus(spec.frequency()), now);
    }
    return new Lease(spec.name(), instance, latest, spec.slotAfter(now), now);
  }

  /** Ends the lease after a successful run: the next slot becomes due, errors are forgotten. */
  public void succeeded(Lease lease) {
    entityManager
        .createNativeQuery(
            "UPDATE job_lock SET locked_until = NULL, last_finished = now(), last_success = now(),"
                + " error_count = 0, last_error = NULL, retry_at = NULL,"
                + " next_due = GREATEST(CAST(?3 AS timestamptz), CASE WHEN next_due > now() THEN next_due END)"
                + " WHERE job_name = ?1 AND owner = ?2")
        .setParameter(1, lease.job())
        .setParameter(2, lease.instance())
        .setParameter(3, Timestamp.from(lease.nextDue()))
        .executeUpdate();
    log(lease, null);
  }

  /**
   * Ends the lease after a failed run: the failure is counted and the same slot is retried after
   * {@code backoff}'s wait for that many consecutive failures.
   */
  public void failed(Lease lease, String error, Backoff backoff) {
    String text = shortened(error == null || error.isBlank() ? "failed" : error);
    Number failures =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT error_count + 1 FROM job_lock WHERE job_name = ?1 AND owner = ?2")
                .setParameter(1, lease.job())
                .setParameter(2, lease.instance())
                .getResultList()
                .stream()
                .findFirst()
                .orElse(1);
    entityManager
        .createNativeQuery(
            "UPDATE job_lock SET locked_until = NULL, last_finished = now(),"
                + " error_count = error_count + 1, last_error = ?3,"
                + " retry_at = now() + (?4 * interval '1 millisecond'),"
                + " next_due = COALESCE(next_due, CAST(?5 AS timestamptz)) WHERE job_name = ?1 AND owner = ?2")
        .setParameter(1, lease.job())
        .setParameter(2, lease.instance())
        .setParameter(3, text)
        .setParameter(4, backoff.after(failures.intValue()).toMillis())
        .setParameter(5, Timestamp.from(lease.slot()))
        .executeUpdate();
    log(lease, text);
  }

  private void log(Lease lease, String error) {
    entityManager
        .createNativeQuery(
            "INSERT INTO job_run (job_name, instance, slot, started, finished, duration_ms,"
                + " succeeded, error) VALUES (?1, ?2, CAST(?3 AS timestamptz),"
                + " CAST(?4 AS timestamptz), now(),"
                + " GREATEST(0, (EXTRACT(EPOCH FROM (now() - CAST(?4 AS timestamptz))) * 1000)::bigint),"
                + " ?5, ?6)")
        .setParameter(1, lease.job())
        .setParameter(2, lease.instance())
        .setParameter(3, Timestamp.from(lease.slot()))
        .setParameter(4, Timestamp.from(lease.started()))
        .setParameter(5, error == null)
        .setParameter(6, error)
        .executeUpdate();
  }

  /** Asks for a run of {@code job} at the next tick, whatever its schedule or back-off. */
  public void requestRun(String job) {
    entityManager
        .createNativeQuery(
            "INSERT INTO job_lock (job_name, run_requested) VALUES (?1, true)"
                + " ON CONFLICT (job_name) DO UPDATE SET run_requested = true")
        .setParameter(1, job)
        .executeUpdate();
  }

  /** Forgets {@code job}'s failures: no back-off, not broken; the due slot stays due. */
  public void resetErrors(String job) {
    entityManager
        .createNativeQuery(
            "UPDATE job_lock SET error_count = 0, last_error = NULL, retry_at = NULL"
                + " WHERE job_name = ?1")
        .setParameter(1, job)
        .executeUpdate();
  }

  /** The job's row, or null before its first tick. */
  public JobLock state(String job) {
    JobLock lock = entityManager.find(JobLock.class, job);
    if (lock != null) {
      entityManager.refresh(lock);
    }
    return lock;
  }

  /** Every job's row, by name. */
  public List<JobLock> states() {
    return entityManager
        .createQuery("SELECT j FROM JobLock j ORDER BY j.jobName", JobLock.class)
        .getResultList();
  }

  /** The job's latest {@code limit} runs, newest first. */
  public List<JobRun> runs(String job, int limit) {
    return entityManager
        .createQuery(
            "SELECT r FROM JobRun r WHERE r.jobName = :job ORDER BY r.started DESC, r.id DESC",
            JobRun.class)
        .setParameter("job", job)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Deletes the run log's rows of runs started before {@code before}; returns how many. */
  public int deleteRunsBefore(Instant before) {
    return entityManager
        .createNativeQuery("DELETE FROM job_run WHERE started < CAST(?1 AS timestamptz)")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }

  /** The database's clock. */
  public Instant now() {
    return instant(entityManager.createNativeQuery("SELECT now()").getSingleResult());
  }

  private static String shortened(String text) {
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    throw new IllegalArgumentException("not a time: " + value.getClass().getName());
  }
}
