package dev.breakwater.webapp.products;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A version string seen for a product, channel and build ({@code product_version}, V2). */
// Written with SQL by the jobs and by other instances: a cached copy would be stale.
@Cacheable(false)
@Entity
@Table(name = "product_version")
@IdClass(ProductVersion.Key.class)
public class ProductVersion {

  @Id
  @Column(name = "product")
  private String product;

  @Id
  @Column(name = "release_channel")
  private String releaseChannel;

  @Id
  @Column(name = "build_id")
  private String buildId;

  @Id
  @Column(name = "version_string")
  private String versionString;

  @Column(name = "first_seen", nullable = false)
  private OffsetDateTime firstSeen;

  protected ProductVersion() {}

  public String versionString() {
    return versionString;
  }

  public OffsetDateTime firstSeen() {
    return firstSeen;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String product;
    private String releaseChannel;
    private String buildId;
    private String versionString;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.product, product)
          && Objects.equals(key.releaseChannel, releaseChannel)
          && Objects.equals(key.buildId, buildId)
          && Objects.equals(key.versionString, versionString);
    }

    @Override
    public int hashCode() {
      return Objects.hash(product, releaseChannel, buildId, versionString);
    }
  }
}
