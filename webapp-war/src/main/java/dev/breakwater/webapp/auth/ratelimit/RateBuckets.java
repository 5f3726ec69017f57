package dev.breakwater.webapp.auth.ratelimit;

/** Where the rate limits count requests: one token bucket per key. */
public interface RateBuckets {

  /** Takes one request from the bucket of {@code key}, which refills at {@code rate}. */
  RateDecision take(String key, Rate rate);
}
