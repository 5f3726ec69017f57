package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps parsed symbol files in memory, bounded by their estimated size rather than their number
 * (one Firefox symbol file can outweigh thousands of small ones), least recently used first out;
 * and lets concurrent lookups of the same module share one load.
 */
public final class CachingSymbolSupplier implements SymbolSupplier {
  private final SymbolSupplier delegate;
  private final long maxBytes;
  private final LinkedHashMap<ModuleKey, SymbolLookup> parsed =
      new LinkedHashMap<>(64, 0.75f, true);
  private final ConcurrentHashMap<ModuleKey, CompletableFuture<SymbolLookup>> loading =
      new ConcurrentHashMap<>();
  private long cachedBytes;

  /** Lookups answered from memory (metric). */
  private final AtomicLong hits = new AtomicLong();

  /** Lookups that loaded symbols, or found none (metric). */
  private final AtomicLong loads = new AtomicLong();

  /**
   * @param delegate where symbols come from on a miss
   * @param maxBytes bound on the estimated memory of the parsed files kept
   */
  public CachingSymbolSupplier(SymbolSupplier delegate, long maxBytes) {
    this.delegate = delegate;
    this.maxBytes = maxBytes;
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    SymbolLookup cached = cached(key);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    CompletableFuture<SymbolLookup> mine = new CompletableFuture<>();
    CompletableFuture<SymbolLookup> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      return running.join();
    }
    try {
      cached = cached(key);
      SymbolLookup result = cached != null ? cached : load(key);
      mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  private SymbolLookup load(ModuleKey key) {
    loads.incrementAndGet();
    SymbolLookup result = delegate.lookup(key);
    if (result.status() == SymbolLookup.Status.FOUND) {
      store(key, result);
    }
    return result;
  }

  @Override
  public void forget(String debugFile, String debugId) {
    synchronized (this) {
      Iterator<Map.Entry<ModuleKey, SymbolLookup>> entries = parsed.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<ModuleKey, SymbolLookup> entry = entries.next();
        if (entry.getKey().debugFile().equals(debugFile)
            && entry.getKey().debugId().equalsIgnoreCase(debugId)) {
          cachedBytes -= entry.getValue().file().estimatedMemoryBytes();
          entries.remove();
        }
      }
    }
    delegate.forget(debugFile, debugId);
  }

  private synchronized SymbolLookup cached(ModuleKey key) {
    return parsed.get(key);
  }

  private synchronized void store(ModuleKey key, SymbolLookup lookup) {
    long weight = lookup.file().estimatedMemoryBytes();
    if (weight > maxBytes) {
      return;
    }
    SymbolLookup previous = parsed.put(key, lookup);
    cachedBytes += weight - (previous == null ? 0 : previous.file().estimatedMemoryBytes());
    Iterator<Map.Entry<ModuleKey, SymbolLookup>> oldest = parsed.entrySet().iterator();
    while (cachedBytes > maxBytes && oldest.hasNext()) {
      Map.Entry<ModuleKey, SymbolLookup> entry = oldest.next();
      cachedBytes -= entry.getValue().file().estimatedMemoryBytes();
      oldest.remove();
    }
  }

  public synchronized long cachedBytes() {
    return cachedBytes;
  }

  public synchronized int cachedFiles() {
    return parsed.size();
  }

  public long hits() {
    return hits.get();
  }

  public long loads() {
    return loads.get();
  }
}
