package dev.breakwater.webapp.products;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The {@code product_version} rows the products job keeps, which the VersionString API reads. */
@ApplicationScoped
public class ProductVersions {

  @PersistenceContext(unitName = "breakwater")
  EntityManager entityManager;

  /**
   * Notes that {@code version} of {@code product} on {@code channel} (stored lowercased, as the API
   * compares it) was seen in build {@code buildId} at {@code seen}; the row keeps the earliest
   * time.
   */
  @Transactional
  public void noteSeen(
      String product, String channel, String buildId, String version, OffsetDateTime seen) {
    entityManager
        .createNativeQuery(
            "INSERT INTO product_version"
                + " (product, release_channel, build_id, version_string, first_seen)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT"
                + " (product, release_channel, build_id, version_string) DO UPDATE"
                + " SET first_seen = LEAST(product_version.first_seen, EXCLUDED.first_seen)")
        .setParameter(1, product)
        .setParameter(2, channel.toLowerCase(Locale.ROOT))
        .setParameter(3, buildId)
        .setParameter(4, version)
        .setParameter(5, Timestamp.from(seen.toInstant()))
        .executeUpdate();
  }
}
