package dev.breakwater.jobs;

/**
 * One scheduled job in JMX ({@code dev.breakwater:type=Job,name=<job>}), for JConsole, VisualVM and
 * the server's monitoring: its schedule and state, and the admin pages' controls. Times are
 * ISO-8601 UTC, empty when unknown.
 */
public interface JobMXBean {

  String getName();

  /** Time between two slots, ISO-8601 (e.g. {@code PT1H}). */
  String getFrequency();

  /** Time of day (UTC) of the slots; empty without one. */
  String getTimeOfDay();

  boolean isBackfill();

  boolean isEnabled();

  String getLastRun();

  String getLastSuccess();

  String getNextRun();

  int getErrorCount();

  String getLastError();

  boolean isRunning();

  /** The instance that runs or last ran the job. */
  String getOwner();

  /** Runs the job as soon as possible, whatever its schedule or back-off. */
  void runNow();

  /** Forgets the job's failures (no longer broken, no back-off). */
  void resetErrors();
}
