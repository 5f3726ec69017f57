package dev.breakwater.webapp.auth.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this instance's memory ({@code breakwater.webapp.rate-limit.store=memory}, and the
 * fallback while PostgreSQL cannot be reached): each instance counts only the requests it serves.
 * The map is bounded: past {@link #MAX_BUCKETS} keys, buckets that have refilled completely
 * (clients that went quiet) are dropped, which forgets nothing a limit needs.
 */
public final class LocalRateBuckets implements RateBuckets {
  static final int MAX_BUCKETS = 100_000;

  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

  private record Entry(Bucket bucket, Rate rate) {}

  @Override
  public RateDecision take(String key, Rate rate) {
    if (buckets.size() >= MAX_BUCKETS) {
      forgetFullBuckets();
    }
    Entry entry =
        buckets.compute(
            key,
            (k, existing) ->
                existing != null && existing.rate().equals(rate)
                    ? existing
                    : new Entry(Bucket.builder().addLimit(Buckets.bandwidth(rate)).build(), rate));
    return Buckets.decision(entry.bucket().tryConsumeAndReturnRemaining(1));
  }

  int size() {
    return buckets.size();
  }

  private void forgetFullBuckets() {
    buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.rate().requests());
  }
}
