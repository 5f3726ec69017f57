package dev.breakwater.jobs;

import java.time.OffsetDateTime;

/**
 * A job as the admin pages, JMX and {@code /monitoring/cron} show it: its schedule and its state.
 *
 * @param spec the job's configured line of the table
 * @param state its row in {@code job_lock}, or null before its first tick
 * @param now the database's time when the state was read
 */
public record JobStatus(JobSpec spec, JobLock state, OffsetDateTime now) {

  public String name() {
    return spec.name();
  }

  /** When the latest run started; null when the job never ran. */
  public OffsetDateTime lastRun() {
    return state == null ? null : state.lastStarted();
  }

  public OffsetDateTime lastSuccess() {
    return state == null ? null : state.lastSuccess();
  }

  public int errorCount() {
    return state == null ? 0 : state.errorCount();
  }

  public String lastError() {
    return state == null ? null : state.lastError();
  }

  /** Whether an instance is running it now. */
  public boolean running() {
    return state != null && state.running(now);
  }

  /** The instance that runs or last ran it. */
  public String owner() {
    return state == null ? null : state.owner();
  }

  /**
   * When it runs next: its due slot, or later while it backs off after failures; {@code now} when
   * it never ran or a run was requested.
   */
  public OffsetDateTime nextRun() {
    if (state == null || state.nextDue() == null || state.runRequested()) {
      return now;
    }
    OffsetDateTime retry = state.retryAt();
    return retry != null && retry.isAfter(state.nextDue()) ? retry : state.nextDue();
  }

  /** Whether a failed run has not been followed by a successful one. */
  public boolean broken() {
    return errorCount() > 0;
  }
}
