package dev.breakwater.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One scheduled job's row in {@code job_lock} (migration {@code V1__job_lock.sql}): the lease that
 * lets exactly one instance run it, and its last outcome. Times are {@code timestamptz}, mapped to
 * {@link OffsetDateTime} (EclipseLink maps {@code Instant} to bytea).
 */
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

  protected JobLock() {}

  public JobLock(String jobName) {
    this.jobName = jobName;
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
}
