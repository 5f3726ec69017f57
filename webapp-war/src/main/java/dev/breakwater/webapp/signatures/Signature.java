package dev.breakwater.webapp.signatures;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** When and in which build a signature was first seen ({@code signature}, migration V2). */
// Written with SQL by the jobs and by other instances: a cached copy would be stale.
@Cacheable(false)
@Entity
@Table(name = "signature")
public class Signature {

  @Id
  @Column(name = "signature")
  private String signature;

  @Column(name = "first_build")
  private String firstBuild;

  @Column(name = "first_date", nullable = false)
  private OffsetDateTime firstDate;

  protected Signature() {}

  public Signature(String signature, String firstBuild, OffsetDateTime firstDate) {
    this.signature = signature;
    this.firstBuild = firstBuild;
    this.firstDate = firstDate;
  }

  public String signature() {
    return signature;
  }

  public String firstBuild() {
    return firstBuild;
  }

  public OffsetDateTime firstDate() {
    return firstDate;
  }
}
