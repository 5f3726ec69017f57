package dev.breakwater.jobs;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance ticks once a minute with a non-persistent timer (persistent timers on Payara Micro
 * stop firing when their owning instance dies: ADR 0002) and runs each due job whose lease it
 * takes, so N instances run each job once per period.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTick {
  private static final Logger LOG = Logger.getLogger(JobTick.class.getName());

  /** This instance in {@code job_lock.owner}: process ID and host, as the JVM names itself. */
  static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject @Any Instance<ScheduledJob> jobs;

  @Inject JobLeaseService leases;

  @Inject SchemaStartup schema;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "job tick")
  void tick() {
    if (schema.problem().isPresent()) {
      return; // no usable job_lock table: readiness says why
    }
    for (ScheduledJob job : jobs) {
      try {
        if (leases.acquire(job.name(), INSTANCE, job.lease(), job.every())) {
          run(job);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "job " + job.name() + ": could not take its lease: " + e);
      }
    }
  }

  private void run(ScheduledJob job) {
    try {
      job.run();
      leases.succeeded(job.name(), INSTANCE);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "job " + job.name() + " failed", e);
      leases.failed(job.name(), INSTANCE, e.toString());
    }
  }
}
