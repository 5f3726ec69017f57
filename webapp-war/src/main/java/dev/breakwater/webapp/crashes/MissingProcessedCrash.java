package dev.breakwater.webapp.crashes;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A raw crash the self-healing job found without a processed crash ({@code
 * missing_processed_crash}, migration V2); {@code is_processed} turns true once it is processed.
 */
// Written with SQL by the jobs and by other instances: a cached copy would be stale.
@Cacheable(false)
@Entity
@Table(name = "missing_processed_crash")
public class MissingProcessedCrash {

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "crash_id", nullable = false)
  private String crashId;

  @Column(name = "is_processed", nullable = false)
  private boolean processed;

  @Column(name = "created", nullable = false)
  private OffsetDateTime created;

  protected MissingProcessedCrash() {}

  public long id() {
    return id;
  }

  public String crashId() {
    return crashId;
  }

  public boolean processed() {
    return processed;
  }

  public OffsetDateTime created() {
    return created;
  }
}
