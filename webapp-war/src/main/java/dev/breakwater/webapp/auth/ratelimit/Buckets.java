package dev.breakwater.webapp.auth.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Bucket4j's view of a {@link Rate}, shared by the stores. */
final class Buckets {
  private Buckets() {}

  /**
   * A full bucket of {@code rate.requests()} that refills continuously (greedily): a client that
   * used up its minute may send again as soon as one request's worth has come back, rather than
   * waiting for a window to end as with django-ratelimit's fixed windows. Bursts are the same size.
   */
  static Bandwidth bandwidth(Rate rate) {
    return Bandwidth.builder()
        .capacity(rate.requests())
        .refillGreedy(rate.requests(), rate.period())
        .build();
  }

  static BucketConfiguration configuration(Rate rate) {
    return BucketConfiguration.builder().addLimit(bandwidth(rate)).build();
  }

  static RateDecision decision(ConsumptionProbe probe) {
    return probe.isConsumed()
        ? RateDecision.ALLOWED
        : RateDecision.refusedFor(probe.getNanosToWaitForRefill());
  }
}
