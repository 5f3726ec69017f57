package dev.breakwater.jobs;

import dev.breakwater.common.config.ApplicationConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance ticks with a non-persistent interval timer (persistent timers on Payara Micro stop
 * firing when their owning instance dies: ADR 0002) and starts each due job whose lease it takes,
 * so N instances run each job once per slot. Runs go to the managed executor: a long job does not
 * hold up the others or the next tick.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTick {
  private static final Logger LOG = Logger.getLogger(JobTick.class.getName());

  /** This instance in {@code job_lock.owner}: process ID and host, as the JVM names itself. */
  static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @Resource TimerService timers;

  @Resource ManagedExecutorService executor;

  @Inject @Any Instance<ScheduledJob> beans;

  @Inject JobLeaseService leases;

  @Inject SchemaStartup schema;

  private final JobSettings settings = JobSettings.from(ApplicationConfig.of(JobTick.class));

  private final Map<String, ScheduledJob> jobs = new HashMap<>();

  private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void start() {
    for (ScheduledJob job : beans) {
      if (settings.job(job.name()).isEmpty()) {
        throw new IllegalStateException("job " + job.name() + " is not in the job table");
      }
      jobs.put(job.name(), job);
    }
    settings.jobs().stream()
        .filter(spec -> !jobs.containsKey(spec.name()))
        .forEach(spec -> LOG.warning("job " + spec.name() + " has no implementation here"));
    if (!settings.enabled()) {
      LOG.info("scheduled jobs are disabled (" + JobSettings.ENABLED + ")");
      return;
    }
    long every = settings.tick().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("job tick", false));
  }

  @PreDestroy
  void stop() {
    timers.getTimers().forEach(jakarta.ejb.Timer::cancel);
  }

  @Timeout
  void onTimer() {
    tick();
  }

  /** Starts every due job whose lease this instance takes (none when jobs are disabled here). */
  public void tick() {
    if (!settings.enabled() || schema.problem().isPresent()) {
      return; // disabled, or no usable job_lock table (readiness says why)
    }
    for (JobSpec spec : settings.jobs()) {
      ScheduledJob job = jobs.get(spec.name());
      if (!spec.enabled() || job == null || !runningHere.add(spec.name())) {
        continue;
      }
      Optional<Lease> lease = Optional.empty();
      try {
        lease = leases.acquire(spec, INSTANCE);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "job " + spec.name() + ": could not take its lease: " + e);
      }
      if (lease.isPresent()) {
        Lease taken = lease.get();
        executor.execute(() -> run(job, spec, taken));
      } else {
        runningHere.remove(spec.name());
      }
    }
  }

  /** The job settings this instance runs with. */
  public JobSettings settings() {
    return settings;
  }

  private void run(ScheduledJob job, JobSpec spec, Lease lease) {
    try {
      LOG.fine(() -> "job " + spec.name() + " started for slot " + lease.slot());
      job.run(new JobContext(spec, lease.slot(), lease.started()));
      leases.succeeded(lease);
      LOG.info(() -> "job " + spec.name() + " succeeded for slot " + lease.slot());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "job " + spec.name() + " failed for slot " + lease.slot(), e);
      try {
        leases.failed(lease, e.toString(), settings.backoff());
      } catch (RuntimeException recording) {
        LOG.log(Level.WARNING, "job " + spec.name() + ": could not record the failure", recording);
      }
    } finally {
      runningHere.remove(spec.name());
    }
  }
}
