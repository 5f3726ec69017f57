package dev.breakwater.webapp.auth.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Buckets in PostgreSQL ({@code rate_limit_bucket}, migration {@code V5__rate_limit_bucket.sql}),
 * shared by every webapp instance through the application's data source: Bucket4j reads a bucket
 * with {@code SELECT ... FOR UPDATE}, takes a request from it and writes it back in one short
 * transaction of its own. A bucket is kept until it has refilled (plus a margin) and then deleted
 * in small batches, every {@link #CLEAN_EVERY} requests.
 *
 * <p>The key carries the rate, so that a changed limit starts fresh buckets rather than reusing
 * ones built for the old limit.
 */
public final class PostgresRateBuckets implements RateBuckets {
  static final String TABLE = "rate_limit_bucket";
  private static final int CLEAN_EVERY = 1000;
  private static final int CLEAN_BATCH = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final AtomicLong requests = new AtomicLong();

  public PostgresRateBuckets(DataSource dataSource) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table(TABLE)
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build();
  }

  @Override
  public RateDecision take(String key, Rate rate) {
    if (requests.incrementAndGet() % CLEAN_EVERY == 0) {
      removeExpired();
    }
    return Buckets.decision(
        buckets
            .builder()
            .build(key + "@" + rate, () -> Buckets.configuration(rate))
            .tryConsumeAndReturnRemaining(1));
  }

  /** Deletes up to a batch of buckets that have refilled; the number deleted. */
  public int removeExpired() {
    return buckets.removeExpired(CLEAN_BATCH);
  }
}
