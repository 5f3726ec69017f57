package dev.breakwater.webapp.auth;

import dev.breakwater.crash.access.Grants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;

/** {@link Accounts} in the server's transactions, for the login mechanism and the filters. */
@ApplicationScoped
@Transactional
public class AccountService {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  public Optional<Account> find(String username) {
    return new Accounts(entityManager).find(username);
  }

  /** The grants of an active user; empty for an inactive or unknown one. */
  public Optional<Grants> activeGrants(String username) {
    return new Accounts(entityManager)
        .find(username)
        .filter(Account::active)
        .map(a -> Grants.of(Accounts.permissionsOf(a)));
  }

  public void recordLogin(String username) {
    new Accounts(entityManager).recordLogin(username);
  }

  public Account syncExternal(String username, Collection<String> providerGroups) {
    return new Accounts(entityManager).syncExternal(username, providerGroups);
  }
}
