package dev.breakwater.webapp.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Account;
import dev.breakwater.webapp.auth.AccountGroup;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRulesTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  private static Account hacker() {
    AccountGroup hackers = new AccountGroup(AccountGroup.HACKERS);
    hackers.grant(Permission.VIEW_PII);
    hackers.grant(Permission.VIEW_RAWDUMP);
    hackers.grant(Permission.REPROCESS_CRASHES);
    Account account = new Account("ada", null);
    account.groups().add(hackers);
    return account;
  }

  private static ApiToken token(Account owner, OffsetDateTime expires, Permission... permissions) {
    return new ApiToken(
        owner, TokenKey.generate(), List.of(permissions), NOW.minusDays(1), expires, "");
  }

  @Test
  void noTokenFoundIsNotMatched() {
    assertEquals(TokenVerdict.NOT_MATCHED, TokenRules.verdict(null, NOW));
    assertEquals("API Token not matched", TokenVerdict.NOT_MATCHED.message());
  }

  @Test
  void anExpiredTokenIsRefusedEvenWhenItsOwnerIsInactiveToo() {
    Account owner = hacker();
    owner.active(false);
    ApiToken token = token(owner, NOW.minusSeconds(1), Permission.VIEW_PII);
    assertEquals(TokenVerdict.EXPIRED, TokenRules.verdict(token, NOW));
    assertEquals("API Token found but expired", TokenVerdict.EXPIRED.message());
  }

  @Test
  void aTokenOfAnInactiveUserIsRefused() {
    Account owner = hacker();
    owner.active(false);
    assertEquals(
        TokenVerdict.USER_INACTIVE,
        TokenRules.verdict(token(owner, NOW.plusDays(1), Permission.VIEW_PII), NOW));
    assertEquals("User of API token not active", TokenVerdict.USER_INACTIVE.message());
  }

  @Test
  void aValidTokenGrantsItsOwnPermissionsNotAllOfTheOwners() {
    TokenVerdict verdict =
        TokenRules.verdict(token(hacker(), NOW.plusDays(1), Permission.VIEW_RAWDUMP), NOW);
    TokenVerdict.Valid valid = assertInstanceOf(TokenVerdict.Valid.class, verdict);
    assertEquals("ada", valid.username());
    assertEquals(Grants.of(Permission.VIEW_RAWDUMP), valid.grants());
  }

  @Test
  void aTokenLosesWhatItsOwnerLost() {
    Account owner = hacker();
    ApiToken token = token(owner, NOW.plusDays(1), Permission.VIEW_PII, Permission.VIEW_RAWDUMP);
    owner.groups().iterator().next().revoke(Permission.VIEW_PII);
    TokenVerdict.Valid valid =
        assertInstanceOf(TokenVerdict.Valid.class, TokenRules.verdict(token, NOW));
    assertEquals(Grants.of(Permission.VIEW_RAWDUMP), valid.grants());
    owner.groups().clear();
    valid = assertInstanceOf(TokenVerdict.Valid.class, TokenRules.verdict(token, NOW));
    assertEquals(Grants.anonymous(), valid.grants());
  }

  @Test
  void aNewTokenMayCarryOnlyItsOwnersPermissions() {
    Set<Permission> owners = EnumSet.of(Permission.VIEW_PII, Permission.REPROCESS_CRASHES);
    assertEquals(
        EnumSet.of(Permission.VIEW_PII),
        TokenRules.requestedPermissions(List.of("view_pii", "view_pii"), owners));
    assertEquals(Set.of(), TokenRules.requestedPermissions(List.of(), owners));
    IllegalArgumentException notHeld =
        assertThrows(
            IllegalArgumentException.class,
            () -> TokenRules.requestedPermissions(List.of("view_pii", "admin"), owners));
    assertTrue(notHeld.getMessage().contains("Administer Breakwater"), notHeld.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> TokenRules.requestedPermissions(List.of("run_custom_queries"), owners));
    assertTrue(unknown.getMessage().contains("run_custom_queries"), unknown.getMessage());
  }

  @Test
  void lifetimesDefaultTo90DaysAndStayWithinBounds() {
    assertEquals(Duration.ofDays(90), TokenRules.lifetime(null, 90, 365));
    assertEquals(Duration.ofDays(1), TokenRules.lifetime(1, 90, 365));
    assertEquals(Duration.ofDays(365), TokenRules.lifetime(365, 90, 365));
    assertThrows(IllegalArgumentException.class, () -> TokenRules.lifetime(0, 90, 365));
    assertThrows(IllegalArgumentException.class, () -> TokenRules.lifetime(366, 90, 365));
  }

  @Test
  void usesAreRecordedAtMostOnceAMinute() {
    assertTrue(TokenRules.recordUse(null, NOW));
    assertFalse(TokenRules.recordUse(NOW.minusSeconds(30), NOW));
    assertTrue(TokenRules.recordUse(NOW.minusMinutes(1), NOW));
  }
}
