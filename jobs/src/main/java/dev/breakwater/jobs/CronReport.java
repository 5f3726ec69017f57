package dev.breakwater.jobs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The jobs' health for external monitors, as Socorro's {@code /monitoring/cron} reports it: {@code
 * ALLGOOD}; {@code Stale} when no job ever ran, the newest run is older than the stale time, or a
 * job's due slot is that old without a run; {@code Broken} (which wins) when a job's latest run
 * failed.
 *
 * @param status {@code ALLGOOD}, {@code Stale} or {@code Broken}
 * @param lastRun the newest run of any job, when stale for want of recent runs
 * @param stale the jobs overdue by more than the stale time
 * @param broken the jobs whose latest run failed
 * @param errors the last error of each broken job
 */
public record CronReport(
    String status,
    OffsetDateTime lastRun,
    List<String> stale,
    List<String> broken,
    Map<String, String> errors) {

  public static final String ALLGOOD = "ALLGOOD";
  public static final String STALE = "Stale";
  public static final String BROKEN = "Broken";

  /** The report over the enabled jobs of {@code jobs}. */
  public static CronReport of(List<JobStatus> jobs, Duration staleAfter, OffsetDateTime now) {
    List<JobStatus> enabled = jobs.stream().filter(j -> j.spec().enabled()).toList();
    OffsetDateTime cutoff = now.minus(staleAfter);
    OffsetDateTime newest =
        enabled.stream()
            .map(JobStatus::lastRun)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    List<String> overdue =
        enabled.stream()
            .filter(j -> !j.running() && !j.broken() && j.nextRun().isBefore(cutoff))
            .map(JobStatus::name)
            .toList();
    Map<String, String> errors = new LinkedHashMap<>();
    enabled.stream().filter(JobStatus::broken).forEach(j -> errors.put(j.name(), j.lastError()));
    boolean old = newest == null || newest.isBefore(cutoff);
    String status = !errors.isEmpty() ? BROKEN : (old || !overdue.isEmpty()) ? STALE : ALLGOOD;
    return new CronReport(
        status, old ? newest : null, overdue, List.copyOf(errors.keySet()), errors);
  }
}
