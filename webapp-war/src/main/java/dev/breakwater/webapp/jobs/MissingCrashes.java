package dev.breakwater.webapp.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The {@code missing_processed_crash} rows the verifyprocessed job keeps, which {@code
 * /api/MissingProcessedCrash/} serves.
 */
@ApplicationScoped
public class MissingCrashes {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  /** Records crashes found stored but unprocessed; one already recorded stays as it is. */
  @Transactional
  public void record(Collection<String> crashIds) {
    for (String crashId : crashIds) {
      entityManager
          .createNativeQuery(
              "INSERT INTO missing_processed_crash (crash_id) VALUES (?1)"
                  + " ON CONFLICT (crash_id) DO NOTHING")
          .setParameter(1, crashId)
          .executeUpdate();
    }
  }

  /** Up to {@code limit} recorded crashes not yet seen processed, oldest first. */
  @Transactional
  public List<String> unprocessed(int limit) {
    return entityManager
        .createQuery(
            "SELECT m.crashId FROM MissingProcessedCrash m WHERE m.processed = false ORDER BY m.id",
            String.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Marks recorded crashes as processed now. */
  @Transactional
  public void markProcessed(Collection<String> crashIds) {
    if (crashIds.isEmpty()) {
      return;
    }
    entityManager
        .createQuery(
            "UPDATE MissingProcessedCrash m SET m.processed = true WHERE m.crashId IN :ids")
        .setParameter("ids", crashIds)
        .executeUpdate();
  }
}
