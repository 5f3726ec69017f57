package dev.breakwater.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * {@link JobLeases} in transactions of their own: a lease is visible to other instances as soon as
 * it is taken, and a run's outcome is recorded whatever the run did to its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeaseService {

  @PersistenceContext(unitName = "breakwater")
  private EntityManager entityManager;

  public boolean acquire(String job, String instance, Duration length, Duration every) {
    return new JobLeases(entityManager).acquire(job, instance, length, every);
  }

  public void succeeded(String job, String instance) {
    new JobLeases(entityManager).succeeded(job, instance);
  }

  public void failed(String job, String instance, String error) {
    new JobLeases(entityManager).failed(job, instance, error);
  }
}
