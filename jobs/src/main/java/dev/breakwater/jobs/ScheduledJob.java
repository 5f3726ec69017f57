package dev.breakwater.jobs;

/**
 * A scheduled job (Socorro's crontabber jobs): a CDI bean of the application whose {@link #name()}
 * is a line of the {@link JobTable}. {@link JobTick} runs it on one instance once per slot.
 */
public interface ScheduledJob {

  /** The job's name in the job table, e.g. {@code verifyprocessed}. */
  String name();

  /**
   * One run, for the slot {@code run.slot()}; an exception counts as a failed run, with its message
   * as the last error, and the slot is retried after a back-off.
   */
  void run(JobContext run) throws Exception;
}
