package dev.breakwater.webapp.auth.token;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Account;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens in PostgreSQL. Each method runs in the caller's transaction ({@link TokenService} in
 * the server, a resource-local transaction in tests).
 */
public final class ApiTokens {
  private final EntityManager entityManager;

  public ApiTokens(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A new token and its key, which is not kept anywhere: show it to the owner now or never. */
  public record Created(ApiToken token, TokenKey key) {}

  public Created create(
      Account owner, Set<Permission> permissions, Duration lifetime, String notes) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TokenKey key = TokenKey.generate();
    ApiToken token = new ApiToken(owner, key, permissions, now, now.plus(lifetime), notes);
    entityManager.persist(token);
    entityManager.flush();
    return new Created(token, key);
  }

  /**
   * The verdict on a presented key, recording the use of a valid token. The lookup goes by the
   * key's hash through a unique index, so its timing tells nothing about other keys.
   */
  public TokenVerdict check(String key, OffsetDateTime now) {
    ApiToken token = findByKey(key).orElse(null);
    TokenVerdict verdict = TokenRules.verdict(token, now);
    if (verdict instanceof TokenVerdict.Valid && TokenRules.recordUse(token.lastUsed(), now)) {
      token.used(now);
    }
    return verdict;
  }

  public Optional<ApiToken> findByKey(String key) {
    return entityManager
        .createQuery("SELECT t FROM ApiToken t WHERE t.keyHash = :hash", ApiToken.class)
        .setParameter("hash", TokenKey.hashOf(key))
        .getResultStream()
        .findFirst();
  }

  /** The owner's tokens, newest first, expired ones included (they can still be revoked). */
  public List<ApiToken> of(Account owner) {
    return entityManager
        .createQuery(
            "SELECT t FROM ApiToken t WHERE t.owner = :owner ORDER BY t.created DESC, t.id DESC",
            ApiToken.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  /** Deletes the owner's token {@code id}; false when the owner has no such token. */
  public boolean revoke(Account owner, long id) {
    ApiToken token = entityManager.find(ApiToken.class, id);
    if (token == null || !token.owner().id().equals(owner.id())) {
      return false;
    }
    entityManager.remove(token);
    entityManager.flush();
    return true;
  }
}
