package dev.breakwater.jobs;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One scheduled job's row in {@code job_lock} (migrations V1 and V6): the lease that lets exactly
 * one instance run it, its last outcome and its schedule. Times are {@code timestamptz}, mapped to
 * {@link OffsetDateTime} (EclipseLink maps {@code Instant} to bytea).
 */
// Written with SQL by the jobs and by other instances: a cached copy would be stale.
@Cacheable(false)
@Entity
@Table(name = "job_lock")
public class JobLock {

  @Id
  @Column(name = "job_name")
  private String jobName;

  @Column(name = "owner")
  private String owner;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_started")
  private OffsetDateTime lastStarted;

  @Column(name = "last_finished")
  private OffsetDateTime lastFinished;

  @Column(name = "last_success")
  private OffsetDateTime lastSuccess;

  @Column(name = "error_count", nullable = false)
  private int errorCount;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "next_due")
  private OffsetDateTime nextDue;

  @Column(name = "retry_at")
  private OffsetDateTime retryAt;

  @Column(name = "run_requested", nullable = false)
  private boolean runRequested;

  protected JobLock() {}

  public JobLock(String jobName) {
    this.jobName = jobName;
  }

  /** A finished job's row as the database would hold it, for tests of what reads it. */
  static JobLock of(
      String jobName,
      OffsetDateTime lastStarted,
      OffsetDateTime nextDue,
      int errorCount,
      String lastError) {
    JobLock lock = new JobLock(jobName);
    lock.lastStarted = lastStarted;
    lock.lastFinished = lastStarted;
    lock.nextDue = nextDue;
    lock.errorCount = errorCount;
    lock.lastError = lastError;
    return lock;
  }

  public String jobName() {
    return jobName;
  }

  public String owner() {
    return owner;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }

  public OffsetDateTime lastStarted() {
    return lastStarted;
  }

  public OffsetDateTime lastFinished() {
    return lastFinished;
  }

  public OffsetDateTime lastSuccess() {
    return lastSuccess;
  }

  public int errorCount() {
    return errorCount;
  }

  public String lastError() {
    return lastError;
  }

  /** The next slot to run; null before the first run. */
  public OffsetDateTime nextDue() {
    return nextDue;
  }

  /** After a failure, no retry before this; null after a success. */
  public OffsetDateTime retryAt() {
    return retryAt;
  }

  /** Whether an administrator asked for a run that has not started yet. */
  public boolean runRequested() {
    return runRequested;
  }

  /** Whether an instance holds the lease at {@code now}. */
  public boolean running(OffsetDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
