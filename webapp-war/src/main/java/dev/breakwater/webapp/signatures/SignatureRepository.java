package dev.breakwater.webapp.signatures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** Signatures' first appearances and their issue links, in PostgreSQL. */
@ApplicationScoped
public class SignatureRepository {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  public SignatureRepository() {}

  /** For tests outside the server. */
  SignatureRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The first appearances of those of {@code signatures} that were seen, by signature. */
  public List<Signature> firstAppearances(Collection<String> signatures) {
    if (signatures.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT s FROM Signature s WHERE s.signature IN :signatures ORDER BY s.signature",
            Signature.class)
        .setParameter("signatures", signatures)
        .getResultList();
  }

  /**
   * The issues linked to {@code signatures}, with every signature linked to the same issues (so a
   * client sees which other crashes an issue covers), ordered by issue and signature.
   */
  public List<BugAssociation> bugsOf(Collection<String> signatures) {
    if (signatures.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT b FROM BugAssociation b WHERE b.bugId IN"
                + " (SELECT l.bugId FROM BugAssociation l WHERE l.signature IN :signatures)"
                + " ORDER BY b.bugId, b.signature",
            BugAssociation.class)
        .setParameter("signatures", signatures)
        .getResultList();
  }

  /** The signatures linked to {@code bugIds}. */
  public List<BugAssociation> signaturesOf(Collection<Long> bugIds) {
    if (bugIds.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT b FROM BugAssociation b WHERE b.bugId IN :bugs ORDER BY b.bugId, b.signature",
            BugAssociation.class)
        .setParameter("bugs", bugIds)
        .getResultList();
  }

  /** Links {@code bugId} to {@code signature}; linking twice is harmless. Needs a transaction. */
  public void link(long bugId, String signature) {
    if (entityManager.find(BugAssociation.class, new BugAssociation.Key(bugId, signature))
        == null) {
      entityManager.persist(new BugAssociation(bugId, signature));
    }
  }

  /**
   * Notes that {@code signature} was seen at {@code date} in build {@code build}: the signature's
   * first date and first build become the earliest ever noted (each on its own, as Socorro's
   * updatesignatures keeps them).
   */
  @Transactional
  public void noteSeen(String signature, long build, OffsetDateTime date) {
    entityManager
        .createNativeQuery(
            "INSERT INTO signature (signature, first_build, first_date) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (signature) DO UPDATE SET"
                + " first_date = LEAST(signature.first_date, EXCLUDED.first_date),"
                + " first_build = CASE WHEN signature.first_build ~ '^[0-9]{1,18}$'"
                + " AND signature.first_build::bigint <= EXCLUDED.first_build::bigint"
                + " THEN signature.first_build ELSE EXCLUDED.first_build END")
        .setParameter(1, signature)
        .setParameter(2, Long.toString(build))
        .setParameter(3, java.sql.Timestamp.from(date.toInstant()))
        .executeUpdate();
  }

  /** Removes the link, if there is one. Needs a transaction. */
  public void unlink(long bugId, String signature) {
    BugAssociation link =
        entityManager.find(BugAssociation.class, new BugAssociation.Key(bugId, signature));
    if (link != null) {
      entityManager.remove(link);
    }
  }
}
