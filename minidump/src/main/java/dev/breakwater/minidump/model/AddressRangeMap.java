package dev.breakwater.minidump.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Non-overlapping address ranges with unsigned 64-bit bounds, keyed by their last address, with
 * Breakpad's RangeMap semantics: a range that overlaps an existing one is refused, or, with {@link
 * Strategy#TRUNCATE_LOWER}, the range that starts lower is cut short where the other begins (used
 * for Linux and Android module lists, whose mappings often overlap).
 */
public final class AddressRangeMap<T> {
  public enum Strategy {
    EXCLUSIVE,
    TRUNCATE_LOWER
  }

  /** One stored range: {@code base} through {@code high} inclusive. */
  public record Range<T>(long base, long high, T value) {}

  private final TreeMap<Long, Range<T>> byHigh = new TreeMap<>(Long::compareUnsigned);
  private final Strategy strategy;

  public AddressRangeMap(Strategy strategy) {
    this.strategy = strategy;
  }

  /** Stores {@code [base, base + size)}; false when Breakpad would refuse it. */
  public boolean store(long base, long size, T value) {
    // Each truncation strictly shrinks a range, so this recursion is bounded by the map size.
    if (size == 0) {
      return false;
    }
    long high = base + size - 1;
    if (Long.compareUnsigned(high, base) < 0) {
      return false;
    }
    Map.Entry<Long, Range<T>> atBase = byHigh.ceilingEntry(base);
    Map.Entry<Long, Range<T>> atHigh = byHigh.ceilingEntry(high);
    if (!sameEntry(atBase, atHigh)) {
      return resolveOverlap(atBase.getValue(), base, size, value);
    }
    if (atHigh != null && Long.compareUnsigned(atHigh.getValue().base(), high) <= 0) {
      return resolveOverlap(atHigh.getValue(), base, size, value);
    }
    byHigh.put(high, new Range<>(base, high, value));
    return true;
  }

  private boolean resolveOverlap(Range<T> other, long base, long size, T value) {
    if (strategy != Strategy.TRUNCATE_LOWER) {
      return false;
    }
    int order = Long.compareUnsigned(base, other.base());
    if (order < 0) {
      return store(base, other.base() - base, value);
    } else if (order > 0) {
      byHigh.remove(other.high());
      byHigh.put(base - 1, new Range<>(other.base(), base - 1, other.value()));
      return store(base, size, value);
    }
    return false;
  }

  private static <T> boolean sameEntry(Map.Entry<Long, Range<T>> a, Map.Entry<Long, Range<T>> b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.getKey().equals(b.getKey());
  }

  /** The range containing {@code address}, or null. */
  public Range<T> find(long address) {
    Map.Entry<Long, Range<T>> entry = byHigh.ceilingEntry(address);
    if (entry == null || Long.compareUnsigned(entry.getValue().base(), address) > 0) {
      return null;
    }
    return entry.getValue();
  }

  /** All ranges in address order. */
  public List<Range<T>> ranges() {
    return new ArrayList<>(byHigh.values());
  }

  public int size() {
    return byHigh.size();
  }
}
