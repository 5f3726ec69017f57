package dev.breakwater.webapp.auth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalRateBucketsTest {

  @Test
  void aChangedRateStartsAFreshBucket() {
    LocalRateBuckets buckets = new LocalRateBuckets();
    assertTrue(buckets.take("ip:a", Rate.parse("1/m")).allowed());
    assertFalse(buckets.take("ip:a", Rate.parse("1/m")).allowed());
    assertTrue(buckets.take("ip:a", Rate.parse("2/m")).allowed());
    assertEquals(1, buckets.size());
  }

  @Test
  void quietClientsAreForgottenWhenTheMapIsFull() {
    LocalRateBuckets buckets = new LocalRateBuckets();
    Rate perSecond = Rate.parse("1000/s");
    for (int i = 0; i < LocalRateBuckets.MAX_BUCKETS; i++) {
      buckets.take("ip:" + i, perSecond);
    }
    assertEquals(LocalRateBuckets.MAX_BUCKETS, buckets.size());
    // A thousand a second refills one request's worth within a millisecond.
    long until = System.nanoTime() + 5_000_000L;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    buckets.take("ip:new", perSecond);
    assertTrue(buckets.size() < 10, "left: " + buckets.size());
  }
}
