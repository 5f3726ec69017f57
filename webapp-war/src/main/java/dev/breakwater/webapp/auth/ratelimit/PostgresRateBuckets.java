package dev.breakwater.webapp.auth.ratelimit;

import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 *
 * <p>A transaction per request doubled the cost of the cheapest API calls (the search benchmark:
 * 20-40 ms of a 40 ms answer). So each instance keeps the buckets of recent clients and lets
 * Bucket4j's delaying optimization take requests locally, writing them to PostgreSQL once a {@link
 * #SYNC_SHARE} of the rate or {@link #SYNC_INTERVAL} has gone by: one round trip per several
 * requests, at the price of each instance letting a client overshoot by at most that share before
 * it sees the others' counts.
 */
public final class PostgresRateBuckets implements RateBuckets {
  static final String TABLE = "rate_limit_bucket";
  private static final int CLEAN_EVERY = 1000;
  private static final int CLEAN_BATCH = 1000;

  /** The part of a rate one instance may take locally before writing it to the database. */
  static final double SYNC_SHARE = 0.05;

  /** How long local takes may stay unwritten. */
  static final Duration SYNC_INTERVAL = Duration.ofSeconds(1);

  /** Buckets kept per instance: enough for the clients of a busy minute, bounded against floods. */
  private static final int KEPT = 10_000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final AtomicLong requests = new AtomicLong();
  private final Map<String, BucketProxy> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
              return size() > KEPT;
            }
          });

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
    BucketProxy bucket = recent.computeIfAbsent(key + "@" + rate, k -> bucket(k, rate));
    return Buckets.decision(bucket.tryConsumeAndReturnRemaining(1));
  }

  /**
   * Building a proxy reads nothing yet: it is safe under the map's lock. Rates too small for a
   * share of two requests (login, tests) are counted exactly, every request in the database.
   */
  private BucketProxy bucket(String key, Rate rate) {
    long unsynchronized = (long) (rate.requests() * SYNC_SHARE);
    RemoteBucketBuilder<String> builder = buckets.builder();
    if (unsynchronized >= 2) {
      builder =
          builder.withOptimization(
              Optimizations.delaying(new DelayParameters(unsynchronized, SYNC_INTERVAL)));
    }
    return builder.build(key, () -> Buckets.configuration(rate));
  }

  /** Deletes up to a batch of buckets that have refilled; the number deleted. */
  public int removeExpired() {
    return buckets.removeExpired(CLEAN_BATCH);
  }
}
