package dev.breakwater.webapp.auth;

import dev.breakwater.crash.access.Permission;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A group of users and the permissions it grants ({@code groups} and {@code group_permission}).
 * Permissions are kept as their code names; one that this release does not know grants nothing.
 */
// Not in the shared cache: bin/breakwater user and other instances change these rows, and a
// deactivated user or a revoked token must be refused at once.
@Cacheable(false)
@Entity
@Table(name = "groups")
public class AccountGroup {

  /** Socorro's group of trusted crash analysts: everything but uploading symbols and admin. */
  public static final String HACKERS = "Hackers";

  /** The group that may do everything, {@code bin/breakwater user add --admin}. */
  public static final String ADMINISTRATORS = "Administrators";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "name", nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "group_permission", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "permission", nullable = false)
  private Set<String> permissions = new HashSet<>();

  protected AccountGroup() {}

  public AccountGroup(String name) {
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The permissions this group grants that this release knows. */
  public Set<Permission> permissions() {
    EnumSet<Permission> known = EnumSet.noneOf(Permission.class);
    permissions.forEach(codename -> Permission.byCodename(codename).ifPresent(known::add));
    return known;
  }

  public void grant(Permission permission) {
    permissions.add(permission.codename());
  }

  public void revoke(Permission permission) {
    permissions.remove(permission.codename());
  }
}
