package dev.breakwater.webapp.auth;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * A user of the webapp ({@code users}, migration {@code V3__accounts.sql}): who logs in and owns
 * API tokens. What they may do comes from their groups only, so that granting and taking away is
 * always a change of membership.
 */
// Not in the shared cache: bin/breakwater user and other instances change these rows, and a
// deactivated user or a revoked token must be refused at once.
@Cacheable(false)
@Entity
@Table(name = "users")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "username", nullable = false)
  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Column(name = "created", nullable = false)
  private OffsetDateTime created;

  @Column(name = "last_login")
  private OffsetDateTime lastLogin;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "user_group",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  private Set<AccountGroup> groups = new HashSet<>();

  protected Account() {}

  /**
   * @param passwordHash a Pbkdf2PasswordHash encoding, or null for an account of an OpenID Connect
   *     provider
   */
  public Account(String username, String passwordHash) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.created = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public void passwordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean active() {
    return active;
  }

  public void active(boolean active) {
    this.active = active;
  }

  public OffsetDateTime created() {
    return created;
  }

  public OffsetDateTime lastLogin() {
    return lastLogin;
  }

  public void loggedIn(OffsetDateTime when) {
    this.lastLogin = when;
  }

  /** The live set of the user's groups; changing it changes their membership. */
  public Set<AccountGroup> groups() {
    return groups;
  }
}
