package dev.breakwater.crash.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The permissions one caller holds for one request: none for an anonymous caller, the user's for a
 * logged-in user, the token's chosen subset for an API token. Immutable.
 */
public final class Grants {
  private static final Grants ANONYMOUS = new Grants(List.of());

  private final Set<Permission> permissions;

  private Grants(Collection<Permission> permissions) {
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    set.addAll(permissions);
    this.permissions = Set.copyOf(set);
  }

  /** What an anonymous caller may do: see public data. */
  public static Grants anonymous() {
    return ANONYMOUS;
  }

  public static Grants of(Permission... permissions) {
    return new Grants(List.of(permissions));
  }

  public static Grants of(Collection<Permission> permissions) {
    return new Grants(permissions);
  }

  public boolean has(Permission permission) {
    return permissions.contains(permission);
  }

  /** Whether this caller may see data with the given protection. */
  public boolean maySee(Protection protection) {
    return protection.requiredPermission().map(this::has).orElse(true);
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grants grants && grants.permissions.equals(permissions);
  }

  @Override
  public int hashCode() {
    return permissions.hashCode();
  }

  @Override
  public String toString() {
    return "Grants" + permissions;
  }
}
