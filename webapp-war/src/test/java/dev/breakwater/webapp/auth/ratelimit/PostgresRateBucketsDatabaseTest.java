package dev.breakwater.webapp.auth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.webapp.auth.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** {@link PostgresRateBuckets} against a real PostgreSQL (see {@link TestDatabase}). */
class PostgresRateBucketsDatabaseTest {

  @Test
  void twoInstancesShareOneBucket() {
    PGSimpleDataSource dataSource = TestDatabase.dataSource();
    PostgresRateBuckets one = new PostgresRateBuckets(dataSource);
    PostgresRateBuckets two = new PostgresRateBuckets(dataSource);
    String key = "ip:" + UUID.randomUUID();
    Rate rate = Rate.parse("4/m");
    assertTrue(one.take(key, rate).allowed());
    assertTrue(two.take(key, rate).allowed());
    assertTrue(one.take(key, rate).allowed());
    assertTrue(two.take(key, rate).allowed());
    RateDecision refused = one.take(key, rate);
    assertFalse(refused.allowed(), "the fifth request of the minute, whichever instance");
    assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 15);
    assertFalse(two.take(key, rate).allowed());
    assertTrue(one.take("ip:" + UUID.randomUUID(), rate).allowed(), "other keys are apart");
  }

  @Test
  void largeRatesAreCountedLocallyAndStillSharedWithinTheSyncShare() throws Exception {
    PGSimpleDataSource dataSource = TestDatabase.dataSource();
    PostgresRateBuckets one = new PostgresRateBuckets(dataSource);
    PostgresRateBuckets two = new PostgresRateBuckets(dataSource);
    String key = "ip:" + UUID.randomUUID();
    Rate rate = Rate.parse("100/m");
    int allowed = 0;
    for (int i = 0; i < 300; i++) {
      if ((i % 2 == 0 ? one : two).take(key, rate).allowed()) {
        allowed++;
      }
    }
    long share = (long) (rate.requests() * PostgresRateBuckets.SYNC_SHARE);
    assertTrue(allowed >= 100, "the whole rate is allowed: " + allowed);
    assertTrue(
        allowed <= 100 + 2 * share, "each instance overshoots by its share at most: " + allowed);
    Thread.sleep(PostgresRateBuckets.SYNC_INTERVAL.toMillis() + 200);
    assertFalse(one.take(key, rate).allowed(), "still spent once synchronized");
  }

  @Test
  void refilledBucketsAreDeleted() throws Exception {
    PGSimpleDataSource dataSource = TestDatabase.dataSource();
    PostgresRateBuckets buckets = new PostgresRateBuckets(dataSource);
    String key = "ip:" + UUID.randomUUID();
    buckets.take(key, Rate.parse("10/s"));
    assertEquals(1, rows(dataSource, key + "@%"));
    try (Connection db = dataSource.getConnection();
        PreparedStatement age =
            db.prepareStatement(
                "UPDATE rate_limit_bucket SET expires_at = expires_at - 3600000 WHERE id LIKE ?")) {
      age.setString(1, key + "@%");
      age.executeUpdate();
    }
    assertTrue(buckets.removeExpired() >= 1);
    assertEquals(0, rows(dataSource, key + "@%"));
  }

  private static int rows(PGSimpleDataSource dataSource, String pattern) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE ?")) {
      count.setString(1, pattern);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
