package dev.breakwater.webapp.auth.token;

import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Accounts;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of API tokens, apart from storage: what a token is worth and what may be asked of one.
 */
public final class TokenRules {

  private TokenRules() {}

  /**
   * The verdict on a token found by its key (null when none was), in Socorro's order: unknown, then
   * expired, then an inactive owner. A valid token holds the permissions chosen for it that its
   * owner still has: leaving a group takes the group's permissions from the owner's tokens as well,
   * as Socorro's drop_permissions_on_group_change does.
   */
  public static TokenVerdict verdict(ApiToken token, OffsetDateTime now) {
    if (token == null) {
      return TokenVerdict.NOT_MATCHED;
    }
    if (token.expires().isBefore(now)) {
      return TokenVerdict.EXPIRED;
    }
    if (!token.owner().active()) {
      return TokenVerdict.USER_INACTIVE;
    }
    Set<Permission> held = EnumSet.noneOf(Permission.class);
    held.addAll(token.permissions());
    held.retainAll(Accounts.permissionsOf(token.owner()));
    return new TokenVerdict.Valid(token.owner().username(), Grants.of(held));
  }

  /**
   * The permissions asked for a new token, which must all be the owner's.
   *
   * @throws IllegalArgumentException naming the first unknown code name or permission the owner
   *     lacks
   */
  public static Set<Permission> requestedPermissions(
      Collection<String> codenames, Set<Permission> owners) {
    EnumSet<Permission> requested = EnumSet.noneOf(Permission.class);
    for (String codename : codenames) {
      Permission permission =
          Permission.byCodename(codename)
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown permission '" + codename + "'"));
      if (!owners.contains(permission)) {
        throw new IllegalArgumentException(
            "a token can only carry your own permissions; you do not have '"
                + permission.displayName()
                + "'");
      }
      requested.add(permission);
    }
    return requested;
  }

  /**
   * How long a new token lives: {@code days} when given, else the default; at least one day, at
   * most {@code maxDays}.
   *
   * @throws IllegalArgumentException for a number of days out of range
   */
  public static Duration lifetime(Integer days, int defaultDays, int maxDays) {
    int chosen = days == null ? defaultDays : days;
    if (chosen < 1 || chosen > maxDays) {
      throw new IllegalArgumentException(
          "expires_in_days must be between 1 and " + maxDays + ", got " + chosen);
    }
    return Duration.ofDays(chosen);
  }

  /**
   * Whether a use at {@code now} should be written to {@code last_used}: at most once a minute per
   * token, so that a busy script does not turn every API read into a database write.
   */
  public static boolean recordUse(OffsetDateTime lastUsed, OffsetDateTime now) {
    return lastUsed == null || !lastUsed.isAfter(now.minusMinutes(1));
  }
}
