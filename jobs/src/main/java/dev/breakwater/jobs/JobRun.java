package dev.breakwater.jobs;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One finished run of a scheduled job ({@code job_run}, migration V6): the run log. */
// Written with SQL by the jobs and by other instances: a cached copy would be stale.
@Cacheable(false)
@Entity
@Table(name = "job_run")
public class JobRun {

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "job_name", nullable = false)
  private String jobName;

  @Column(name = "instance", nullable = false)
  private String instance;

  @Column(name = "slot", nullable = false)
  private OffsetDateTime slot;

  @Column(name = "started", nullable = false)
  private OffsetDateTime started;

  @Column(name = "finished", nullable = false)
  private OffsetDateTime finished;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(name = "succeeded", nullable = false)
  private boolean succeeded;

  @Column(name = "error")
  private String error;

  protected JobRun() {}

  public String jobName() {
    return jobName;
  }

  public String instance() {
    return instance;
  }

  /** The scheduled time the run was for. */
  public OffsetDateTime slot() {
    return slot;
  }

  public OffsetDateTime started() {
    return started;
  }

  public OffsetDateTime finished() {
    return finished;
  }

  public long durationMs() {
    return durationMs;
  }

  public boolean succeeded() {
    return succeeded;
  }

  /** Why the run failed; null when it succeeded. */
  public String error() {
    return error;
  }
}
