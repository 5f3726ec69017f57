package dev.breakwater.webapp.auth.token;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.auth.Account;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * An API token ({@code api_token}, migration {@code V4__api_tokens.sql}): the hash of its key, its
 * owner, when it expires, and the permissions its owner chose to give it.
 */
// Not in the shared cache: bin/breakwater user and other instances change these rows, and a
// deactivated user or a revoked token must be refused at once.
@Cacheable(false)
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id", nullable = false)
  private Account owner;

  @Column(name = "key_hash", nullable = false)
  private String keyHash;

  @Column(name = "key_prefix", nullable = false)
  private String keyPrefix;

  @Column(name = "notes", nullable = false)
  private String notes = "";

  @Column(name = "created", nullable = false)
  private OffsetDateTime created;

  @Column(name = "expires", nullable = false)
  private OffsetDateTime expires;

  @Column(name = "last_used")
  private OffsetDateTime lastUsed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_token_permission", joinColumns = @JoinColumn(name = "token_id"))
  @Column(name = "permission", nullable = false)
  private Set<String> permissions = new HashSet<>();

  protected ApiToken() {}

  ApiToken(
      Account owner,
      TokenKey key,
      Collection<Permission> permissions,
      OffsetDateTime created,
      OffsetDateTime expires,
      String notes) {
    this.owner = owner;
    this.keyHash = key.hash();
    this.keyPrefix = key.prefix();
    permissions.forEach(p -> this.permissions.add(p.codename()));
    this.created = created;
    this.expires = expires;
    this.notes = notes == null ? "" : notes;
  }

  public Long id() {
    return id;
  }

  public Account owner() {
    return owner;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public String notes() {
    return notes;
  }

  public OffsetDateTime created() {
    return created;
  }

  public OffsetDateTime expires() {
    return expires;
  }

  public OffsetDateTime lastUsed() {
    return lastUsed;
  }

  void used(OffsetDateTime when) {
    this.lastUsed = when;
  }

  /** The permissions chosen for the token (that this release knows). */
  public Set<Permission> permissions() {
    EnumSet<Permission> known = EnumSet.noneOf(Permission.class);
    permissions.forEach(codename -> Permission.byCodename(codename).ifPresent(known::add));
    return known;
  }
}
