package dev.breakwater.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What administrators do with the scheduled jobs, for the admin pages ({@code #{jobControls}}) and
 * the MBeans: list the jobs with their state, run one now, forget its errors, read its run log.
 */
@ApplicationScoped
@Named
public class JobControls {

  /** Most runs of the log one call returns. */
  static final int MAX_RUNS = 500;

  @Inject JobLeaseService leases;

  @Inject JobTick tick;

  /** Every job of the table, in table order, with its state. */
  public List<JobStatus> jobs() {
    var now = leases.now().atOffset(ZoneOffset.UTC);
    Map<String, JobLock> states =
        leases.states().stream().collect(Collectors.toMap(JobLock::jobName, Function.identity()));
    return tick.settings().jobs().stream()
        .map(spec -> new JobStatus(spec, states.get(spec.name()), now))
        .toList();
  }

  /** One job with its state. */
  public JobStatus job(String name) {
    JobSpec spec = spec(name);
    return new JobStatus(spec, leases.state(name), leases.now().atOffset(ZoneOffset.UTC));
  }

  /**
   * Runs the job as soon as possible, whatever its schedule or back-off: on this instance at once
   * if nobody runs it, else at the next tick after the current run.
   *
   * @throws IllegalArgumentException when there is no such job
   */
  public void runNow(String name) {
    spec(name);
    leases.requestRun(name);
    tick.tick();
  }

  /**
   * Forgets the job's failures: it is no longer reported broken and does not wait for its back-off.
   *
   * @throws IllegalArgumentException when there is no such job
   */
  public void resetErrors(String name) {
    spec(name);
    leases.resetErrors(name);
  }

  /** The job's latest runs, newest first, at most {@code limit} (capped at {@value #MAX_RUNS}). */
  public List<JobRun> runs(String name, int limit) {
    spec(name);
    return leases.runs(name, Math.max(1, Math.min(limit, MAX_RUNS)));
  }

  private JobSpec spec(String name) {
    return tick.settings()
        .job(name)
        .orElseThrow(() -> new IllegalArgumentException("no job named '" + name + "'"));
  }
}
