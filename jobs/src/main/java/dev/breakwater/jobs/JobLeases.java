package dev.breakwater.jobs;

import jakarta.persistence.EntityManager;
import java.time.Duration;

/**
 * Leases over {@code job_lock}: a tick runs its job only after taking the job's lease, so N
 * instances run each job once per period, and a lease whose holder died expires by itself. Each
 * method runs in the caller's transaction; callers commit it before the job's work starts, so that
 * other instances see the lease.
 */
public final class JobLeases {
  private static final int MAX_ERROR_LENGTH = 2000;

  private final EntityManager entityManager;

  public JobLeases(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Takes the lease of {@code job} for {@code instance} for {@code length}, if the job is due (it
   * last started at least {@code every} ago, or never) and nobody holds it or its holder's lease
   * has run out.
   *
   * @return whether {@code instance} now holds the lease
   */
  public boolean acquire(String job, String instance, Duration length, Duration every) {
    // The row appears on the job's first tick anywhere; ON CONFLICT makes that race harmless.
    entityManager
        .createNativeQuery(
            "INSERT INTO job_lock (job_name) VALUES (?1) ON CONFLICT (job_name) DO NOTHING")
        .setParameter(1, job)
        .executeUpdate();
    int taken =
        entityManager
            .createNativeQuery(
                "UPDATE job_lock SET owner = ?2, last_started = now(),"
                    + " locked_until = now() + (?3 * interval '1 millisecond')"
                    + " WHERE job_name = ?1 AND (locked_until IS NULL OR locked_until < now())"
                    + " AND (last_started IS NULL"
                    + " OR last_started <= now() - (?4 * interval '1 millisecond'))")
            .setParameter(1, job)
            .setParameter(2, instance)
            .setParameter(3, length.toMillis())
            .setParameter(4, every.toMillis())
            .executeUpdate();
    return taken == 1;
  }

  /** Ends {@code instance}'s lease of {@code job} after a successful run. */
  public void succeeded(String job, String instance) {
    entityManager
        .createNativeQuery(
            "UPDATE job_lock SET locked_until = NULL, last_finished = now(), last_success = now(),"
                + " error_count = 0, last_error = NULL WHERE job_name = ?1 AND owner = ?2")
        .setParameter(1, job)
        .setParameter(2, instance)
        .executeUpdate();
  }

  /** Ends {@code instance}'s lease of {@code job} after a failed run, counting the failure. */
  public void failed(String job, String instance, String error) {
    String text = error == null || error.isBlank() ? "failed" : error;
    entityManager
        .createNativeQuery(
            "UPDATE job_lock SET locked_until = NULL, last_finished = now(),"
                + " error_count = error_count + 1, last_error = ?3"
                + " WHERE job_name = ?1 AND owner = ?2")
        .setParameter(1, job)
        .setParameter(2, instance)
        .setParameter(
            3, text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text)
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
}
