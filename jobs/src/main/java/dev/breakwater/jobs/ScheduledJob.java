package dev.breakwater.jobs;

import java.time.Duration;

/**
 * A periodic job (Socorro's crontabber jobs): a CDI bean of the application. {@link JobTick} runs
 * it on one instance once per {@link #every()} period.
 */
public interface ScheduledJob {

  /** The job's name in {@code job_lock}, logs and the admin pages, e.g. {@code verifyprocessed}. */
  String name();

  /** How often it runs. */
  Duration every();

  /**
   * How long one run may hold the lease: after that, another instance may take the job over (its
   * holder is presumed dead). Longer than the longest run.
   */
  Duration lease();

  /** One run; an exception counts as a failed run, with its message as the last error. */
  void run() throws Exception;
}
