package dev.breakwater.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The job framework's configuration: the job table with its overrides, how often instances look for
 * due jobs, the back-off after failures and when {@code /monitoring/cron} calls the jobs stale.
 * Defaults and descriptions are in this module's {@code META-INF/microprofile-config.properties}.
 *
 * @param enabled whether this application runs scheduled jobs at all
 * @param tick time between two looks for due jobs on each instance
 * @param backoff wait before a failed job is tried again
 * @param staleAfter a job whose due slot is older than this has not been run when it should
 * @param jobs the job table
 */
public record JobSettings(
    boolean enabled, Duration tick, Backoff backoff, Duration staleAfter, List<JobSpec> jobs) {

  /** Whether this application runs scheduled jobs. */
  public static final String ENABLED = "breakwater.jobs.enabled";

  /** Time between two looks for due jobs on each instance. */
  public static final String TICK = "breakwater.jobs.tick";

  /** Wait before the first retry of a failed job; doubled for each further failure. */
  public static final String BACKOFF_BASE = "breakwater.jobs.backoff-base";

  /** Longest wait between retries of a failing job. */
  public static final String BACKOFF_MAX = "breakwater.jobs.backoff-max";

  /** Age of a due, unrun slot (or of the newest run) after which the jobs are reported stale. */
  public static final String STALE_AFTER = "breakwater.jobs.stale-after";

  /**
   * The settings under {@code breakwater.jobs.*}.
   *
   * @throws IllegalStateException naming the key when a value is invalid
   */
  public static JobSettings from(Config config) {
    return new JobSettings(
        config.getOptionalValue(ENABLED, Boolean.class).orElse(true),
        duration(config, TICK, "60s"),
        new Backoff(duration(config, BACKOFF_BASE, "60s"), duration(config, BACKOFF_MAX, "4h")),
        duration(config, STALE_AFTER, "2h"),
        JobTable.configured(config));
  }

  /** The job called {@code name}, if the table has it. */
  public Optional<JobSpec> job(String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
  }

  private static Duration duration(Config config, String key, String fallback) {
    try {
      Duration value = Durations.parse(config.getOptionalValue(key, String.class).orElse(fallback));
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("must be positive");
      }
      return value;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(key + ": " + e.getMessage(), e);
    }
  }
}
