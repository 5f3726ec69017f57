package dev.breakwater.minidump.symbols.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MissCacheTest {
  /** A clock tests move by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void missesExpire() {
    ManualClock clock = new ManualClock();
    MissCache cache = new MissCache(Duration.ofMinutes(10), 100, clock);
    cache.recordMiss("a");
    assertTrue(cache.isMissing("a"));
    assertFalse(cache.isMissing("b"));
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertTrue(cache.isMissing("a"));
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertFalse(cache.isMissing("a"));
  }

  @Test
  void boundedOldestFirst() {
    MissCache cache = new MissCache(Duration.ofHours(1), 2, new ManualClock());
    cache.recordMiss("a");
    cache.recordMiss("b");
    cache.recordMiss("c");
    assertEquals(2, cache.size());
    assertFalse(cache.isMissing("a"));
    assertTrue(cache.isMissing("c"));
    cache.forget("c");
    assertFalse(cache.isMissing("c"));
  }
}
