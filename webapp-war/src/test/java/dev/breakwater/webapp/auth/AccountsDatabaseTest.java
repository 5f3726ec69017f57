package dev.breakwater.webapp.auth;

import static dev.breakwater.webapp.auth.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Accounts} against a real PostgreSQL (see {@link TestDatabase}). */
class AccountsDatabaseTest {

  @BeforeAll
  static void migrate() {
    TestDatabase.entities();
  }

  private static String newName() {
    return "user-" + UUID.randomUUID();
  }

  @Test
  void theMigrationSeedsSocorrosGroups() {
    Set<Permission> hackers =
        inTransaction(
            em -> new Accounts(em).group(AccountGroup.HACKERS).orElseThrow().permissions());
    assertEquals(
        EnumSet.of(
            Permission.VIEW_PII,
            Permission.VIEW_RAWDUMP,
            Permission.REPROCESS_CRASHES,
            Permission.RUN_LONG_QUERIES),
        hackers);
    Set<Permission> administrators =
        inTransaction(
            em -> new Accounts(em).group(AccountGroup.ADMINISTRATORS).orElseThrow().permissions());
    assertEquals(EnumSet.allOf(Permission.class), administrators);
  }

  @Test
  void aUserHoldsThePermissionsOfTheirGroups() {
    String name = newName();
    inTransaction(em -> new Accounts(em).create(name, "hash", List.of(AccountGroup.HACKERS)));
    Grants grants = inTransaction(em -> new Accounts(em).grantsOf(name));
    assertTrue(grants.has(Permission.VIEW_PII));
    assertFalse(grants.has(Permission.ADMIN));
    assertEquals(Grants.anonymous(), inTransaction(em -> new Accounts(em).grantsOf(newName())));
  }

  @Test
  void anInactiveUserHoldsNothing() {
    String name = newName();
    inTransaction(
        em -> new Accounts(em).create(name, "hash", List.of(AccountGroup.ADMINISTRATORS)));
    inTransaction(
        em -> {
          new Accounts(em).find(name).orElseThrow().active(false);
          return null;
        });
    assertEquals(Grants.anonymous(), inTransaction(em -> new Accounts(em).grantsOf(name)));
  }

  @Test
  void namesAreUniqueAndGroupsMustExist() {
    String name = newName();
    inTransaction(em -> new Accounts(em).create(name, "hash", List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> inTransaction(em -> new Accounts(em).create(name, "hash", List.of())));
    assertThrows(
        IllegalArgumentException.class,
        () -> inTransaction(em -> new Accounts(em).create(newName(), "h", List.of("Nobody"))));
  }

  @Test
  void anOpenIdLoginCreatesTheAccountAndFollowsTheProvidersGroups() {
    String name = newName();
    inTransaction(
        em -> new Accounts(em).syncExternal(name, List.of(AccountGroup.HACKERS, "Unknown here")));
    Account first = inTransaction(em -> new Accounts(em).find(name).orElseThrow());
    assertEquals(null, first.passwordHash(), "no password: it cannot log in with the form");
    assertEquals(
        Set.of(AccountGroup.HACKERS),
        first.groups().stream().map(AccountGroup::name).collect(Collectors.toSet()));
    assertTrue(first.lastLogin() != null);

    inTransaction(em -> new Accounts(em).syncExternal(name, List.of(AccountGroup.ADMINISTRATORS)));
    Account second = inTransaction(em -> new Accounts(em).find(name).orElseThrow());
    assertEquals(
        Set.of(AccountGroup.ADMINISTRATORS),
        second.groups().stream().map(AccountGroup::name).collect(Collectors.toSet()));
    assertEquals(first.id(), second.id());
  }
}
