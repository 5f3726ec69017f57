package dev.breakwater.collector.payload;

/**
 * How many dump bytes one request may still hold in memory. Shared by the dumps of a request so
 * that many dump parts cannot multiply the bound. Used by one request thread only.
 */
final class MemoryAllowance {

  private long remaining;

  MemoryAllowance(long bytes) {
    this.remaining = bytes;
  }

  /** Takes {@code n} bytes if available. */
  boolean take(long n) {
    if (n > remaining) {
      return false;
    }
    remaining -= n;
    return true;
  }

  /** Gives back bytes that are no longer held. */
  void giveBack(long n) {
    remaining += n;
  }
}
