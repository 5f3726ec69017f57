package dev.breakwater.webapp.auth;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users and groups in PostgreSQL. Each method runs in the caller's transaction ({@link
 * AccountService} in the server, a resource-local transaction in tests).
 */
public final class Accounts {
  private final EntityManager entityManager;

  public Accounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Optional<Account> find(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<AccountGroup> group(String name) {
    return entityManager
        .createQuery("SELECT g FROM AccountGroup g WHERE g.name = :name", AccountGroup.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public List<AccountGroup> groups() {
    return entityManager
        .createQuery("SELECT g FROM AccountGroup g ORDER BY g.name", AccountGroup.class)
        .getResultList();
  }

  /**
   * Creates a user in the named groups.
   *
   * @throws IllegalArgumentException when the name is taken or a group does not exist
   */
  public Account create(String username, String passwordHash, Collection<String> groupNames) {
    if (find(username).isPresent()) {
      throw new IllegalArgumentException("user '" + username + "' exists already");
    }
    Account account = new Account(username, passwordHash);
    for (String name : groupNames) {
      account
          .groups()
          .add(
              group(name)
                  .orElseThrow(() -> new IllegalArgumentException("no group '" + name + "'")));
    }
    entityManager.persist(account);
    entityManager.flush();
    return account;
  }

  /** What a user may do: the union of their groups' permissions; nothing when inactive. */
  public static Set<Permission> permissionsOf(Account account) {
    EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
    if (account.active()) {
      account.groups().forEach(g -> permissions.addAll(g.permissions()));
    }
    return permissions;
  }

  /** The grants of a logged-in user, anonymous ones when the user is gone or inactive. */
  public Grants grantsOf(String username) {
    return find(username).map(a -> Grants.of(permissionsOf(a))).orElse(Grants.anonymous());
  }

  /**
   * Records a login by an OpenID Connect provider: the account is created on first login, and its
   * membership becomes the provider's groups that exist here (the provider decides who is in which
   * group; groups unknown here are ignored).
   */
  public Account syncExternal(String username, Collection<String> providerGroups) {
    Account account = find(username).orElse(null);
    if (account == null) {
      account = new Account(username, null);
      entityManager.persist(account);
    }
    Set<AccountGroup> groups = new HashSet<>();
    for (String name : providerGroups) {
      group(name).ifPresent(groups::add);
    }
    account.groups().retainAll(groups);
    account.groups().addAll(groups);
    account.loggedIn(OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.flush();
    return account;
  }

  public void recordLogin(String username) {
    find(username).ifPresent(a -> a.loggedIn(OffsetDateTime.now(ZoneOffset.UTC)));
  }
}
