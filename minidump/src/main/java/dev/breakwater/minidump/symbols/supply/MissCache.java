package dev.breakwater.minidump.symbols.supply;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers symbol files a store did not have, for a while, so that every crash from a module
 * without symbols does not ask the server again. Bounded in entries; the oldest go first.
 */
public final class MissCache {
  private final Duration ttl;
  private final int maxEntries;
  private final Clock clock;
  private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

  /**
   * @param ttl how long a miss is remembered
   * @param maxEntries most misses remembered
   */
  public MissCache(Duration ttl, int maxEntries, Clock clock) {
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  public synchronized boolean isMissing(String key) {
    Long expiry = expiries.get(key);
    if (expiry == null) {
      return false;
    }
    if (clock.millis() >= expiry) {
      expiries.remove(key);
      return false;
    }
    return true;
  }

  public synchronized void recordMiss(String key) {
    expiries.remove(key);
    expiries.put(key, clock.millis() + ttl.toMillis());
    Iterator<Map.Entry<String, Long>> oldest = expiries.entrySet().iterator();
    while (expiries.size() > maxEntries && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  public synchronized void forget(String key) {
    expiries.remove(key);
  }

  public synchronized int size() {
    return expiries.size();
  }
}
