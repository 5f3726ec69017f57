package dev.breakwater.webapp.signatures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** Removes the link, if there is one. Needs a transaction. */
  public void unlink(long bugId, String signature) {
    BugAssociation link =
        entityManager.find(BugAssociation.class, new BugAssociation.Key(bugId, signature));
    if (link != null) {
      entityManager.remove(link);
    }
  }
}
