package dev.breakwater.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link JobLeases} in transactions of their own: a lease is visible to other instances as soon as
 * it is taken, and a run's outcome is recorded whatever the run did to its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeaseService {

  @PersistenceContext(unitName = "breakwater")
  private EntityManager entityManager;

  private JobLeases leases() {
    return new JobLeases(entityManager);
  }

  public Optional<Lease> acquire(JobSpec spec, String instance) {
    return leases().acquire(spec, instance);
  }

  public void succeeded(Lease lease) {
    leases().succeeded(lease);
  }

  public void failed(Lease lease, String error, Backoff backoff) {
    leases().failed(lease, error, backoff);
  }

  public void requestRun(String job) {
    leases().requestRun(job);
  }

  public void resetErrors(String job) {
    leases().resetErrors(job);
  }

  public List<JobLock> states() {
    return leases().states();
  }

  public JobLock state(String job) {
    return leases().state(job);
  }

  public List<JobRun> runs(String job, int limit) {
    return leases().runs(job, limit);
  }

  public int deleteRunsBefore(Instant before) {
    return leases().deleteRunsBefore(before);
  }

  public Instant now() {
    return leases().now();
  }
}
