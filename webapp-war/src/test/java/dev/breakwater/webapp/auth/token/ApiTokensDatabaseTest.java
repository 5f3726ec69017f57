package dev.breakwater.webapp.auth.token;

import static dev.breakwater.webapp.auth.TestDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Account;
import dev.breakwater.webapp.auth.AccountGroup;
import dev.breakwater.webapp.auth.Accounts;
import dev.breakwater.webapp.auth.TestDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ApiTokens} against a real PostgreSQL (see {@link TestDatabase}). */
class ApiTokensDatabaseTest {

  @BeforeAll
  static void migrate() {
    TestDatabase.entities();
  }

  private static String newHacker() {
    String name = "hacker-" + UUID.randomUUID();
    inTransaction(em -> new Accounts(em).create(name, "hash", List.of(AccountGroup.HACKERS)));
    return name;
  }

  private static ApiTokens.Created create(String owner, Duration lifetime, Permission... chosen) {
    return inTransaction(
        em -> {
          Account account = new Accounts(em).find(owner).orElseThrow();
          EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
          permissions.addAll(List.of(chosen));
          return new ApiTokens(em).create(account, permissions, lifetime, "ci");
        });
  }

  private static TokenVerdict check(String key) {
    return inTransaction(em -> new ApiTokens(em).check(key, OffsetDateTime.now(ZoneOffset.UTC)));
  }

  @Test
  void onlyTheHashOfTheKeyIsStored() {
    ApiTokens.Created created = create(newHacker(), Duration.ofDays(90), Permission.VIEW_PII);
    String stored =
        inTransaction(
            em ->
                (String)
                    em.createNativeQuery("SELECT key_hash FROM api_token WHERE id = ?1")
                        .setParameter(1, created.token().id())
                        .getSingleResult());
    assertEquals(created.key().hash(), stored);
    long withKey =
        inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM api_token WHERE key_hash = ?1"
                                    + " OR key_prefix = ?1 OR notes = ?1")
                            .setParameter(1, created.key().key())
                            .getSingleResult())
                    .longValue());
    assertEquals(0, withKey);
  }

  @Test
  void aValidTokenActsWithItsOwnPermissionsAndRecordsItsUse() {
    String owner = newHacker();
    ApiTokens.Created created = create(owner, Duration.ofDays(90), Permission.VIEW_RAWDUMP);
    TokenVerdict.Valid valid =
        assertInstanceOf(TokenVerdict.Valid.class, check(created.key().key()));
    assertEquals(owner, valid.username());
    assertEquals(Grants.of(Permission.VIEW_RAWDUMP), valid.grants());
    ApiToken reread =
        inTransaction(em -> new ApiTokens(em).findByKey(created.key().key()).orElseThrow());
    assertNotNull(reread.lastUsed());
  }

  @Test
  void unknownExpiredAndInactiveAreRefusedWithSocorrosMessages() {
    assertEquals(TokenVerdict.NOT_MATCHED, check(TokenKey.generate().key()));

    ApiTokens.Created expiring = create(newHacker(), Duration.ofDays(1), Permission.VIEW_PII);
    TokenVerdict later =
        inTransaction(
            em ->
                new ApiTokens(em)
                    .check(expiring.key().key(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)));
    assertEquals(TokenVerdict.EXPIRED, later);

    String owner = newHacker();
    ApiTokens.Created created = create(owner, Duration.ofDays(90), Permission.VIEW_PII);
    inTransaction(
        em -> {
          new Accounts(em).find(owner).orElseThrow().active(false);
          return null;
        });
    assertEquals(TokenVerdict.USER_INACTIVE, check(created.key().key()));
  }

  @Test
  void leavingAGroupTakesItsPermissionsFromTheTokens() {
    String owner = newHacker();
    ApiTokens.Created created = create(owner, Duration.ofDays(90), Permission.VIEW_PII);
    inTransaction(
        em -> {
          new Accounts(em).find(owner).orElseThrow().groups().clear();
          return null;
        });
    TokenVerdict.Valid valid =
        assertInstanceOf(TokenVerdict.Valid.class, check(created.key().key()));
    assertEquals(Grants.anonymous(), valid.grants());
  }

  @Test
  void ownersListAndRevokeTheirOwnTokensOnly() {
    String owner = newHacker();
    String other = newHacker();
    ApiTokens.Created first = create(owner, Duration.ofDays(90), Permission.VIEW_PII);
    ApiTokens.Created second = create(owner, Duration.ofDays(30));
    List<Long> listed =
        inTransaction(
            em ->
                new ApiTokens(em)
                    .of(new Accounts(em).find(owner).orElseThrow()).stream()
                        .map(ApiToken::id)
                        .toList());
    assertEquals(List.of(second.token().id(), first.token().id()), listed);

    Boolean byOther =
        inTransaction(
            em ->
                new ApiTokens(em)
                    .revoke(new Accounts(em).find(other).orElseThrow(), first.token().id()));
    assertFalse(byOther, "not another user's token");
    Boolean byOwner =
        inTransaction(
            em ->
                new ApiTokens(em)
                    .revoke(new Accounts(em).find(owner).orElseThrow(), first.token().id()));
    assertTrue(byOwner);
    assertEquals(TokenVerdict.NOT_MATCHED, check(first.key().key()));
    assertNull(inTransaction(em -> em.find(ApiToken.class, first.token().id())));
  }
}
