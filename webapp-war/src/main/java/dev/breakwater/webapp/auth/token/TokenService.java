package dev.breakwater.webapp.auth.token;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Account;
import dev.breakwater.webapp.auth.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** {@link ApiTokens} in the server's transactions, for the Auth-Token filter and the token API. */
@ApplicationScoped
@Transactional
public class TokenService {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  public TokenVerdict check(String key) {
    return new ApiTokens(entityManager).check(key, OffsetDateTime.now(ZoneOffset.UTC));
  }

  /**
   * A new token of {@code username} with the asked permissions, which must be theirs.
   *
   * @throws IllegalArgumentException for a permission the user lacks or does not exist
   */
  public ApiTokens.Created create(
      String username, Collection<String> permissions, Duration lifetime, String notes) {
    Account owner = owner(username);
    Set<Permission> chosen =
        TokenRules.requestedPermissions(permissions, Accounts.permissionsOf(owner));
    return new ApiTokens(entityManager).create(owner, chosen, lifetime, notes);
  }

  public List<ApiToken> list(String username) {
    return new ApiTokens(entityManager).of(owner(username));
  }

  public boolean revoke(String username, long id) {
    return new ApiTokens(entityManager).revoke(owner(username), id);
  }

  private Account owner(String username) {
    return new Accounts(entityManager)
        .find(username)
        .orElseThrow(() -> new NoSuchElementException("no user '" + username + "'"));
  }
}
