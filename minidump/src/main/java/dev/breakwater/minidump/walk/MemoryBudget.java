package dev.breakwater.minidump.walk;

/**
 * The memory one processing run may take, accounted as it goes: the dump (mapped or held), the
 * indexes of the symbol files it loads (their {@link
 * dev.breakwater.minidump.symbols.SymbolFile#estimatedMemoryBytes() estimated size}, the weight the
 * in-memory symbol cache bounds too) and the frames it walks.
 *
 * <p>Symbols are optional and frames are not, so they are bounded separately: once the next symbol
 * file would take the dump, the symbols and the frames so far past the budget, no further symbols
 * are loaded; and once the frames alone would take the dump past it, no further threads are walked
 * (a hostile dump can point thousands of thread descriptors at one deep stack). Either way the run
 * goes on and reports what it left out.
 */
public final class MemoryBudget {
  /**
   * Estimated heap of one walked frame: the frame object, its register array (up to 33 registers on
   * ARM64) and its share of the frame list.
   */
  static final long FRAME_BYTES = 400;

  private final long limitBytes;
  private long dumpBytes;
  private long symbolBytes;
  private long frameBytes;
  private boolean symbolsStopped;

  private MemoryBudget(long limitBytes) {
    this.limitBytes = limitBytes;
  }

  /** A budget of {@code bytes}; {@link Long#MAX_VALUE} for none. */
  public static MemoryBudget of(long bytes) {
    return new MemoryBudget(bytes);
  }

  public static MemoryBudget none() {
    return new MemoryBudget(Long.MAX_VALUE);
  }

  /** Accounts the dump's bytes. */
  public void chargeDump(long bytes) {
    dumpBytes += bytes;
  }

  /**
   * Accounts a symbol file of {@code bytes} if it fits; once one does not, none is admitted any
   * more (so a walk does not load every remaining file just to drop it).
   */
  public boolean admitSymbols(long bytes) {
    if (symbolsStopped || bytes > limitBytes - usedBytes()) {
      symbolsStopped = true;
      return false;
    }
    symbolBytes += bytes;
    return true;
  }

  /** True once a symbol file was refused: later lookups are not even made. */
  public boolean symbolsStopped() {
    return symbolsStopped;
  }

  /** Accounts {@code count} walked frames. */
  public void chargeFrames(int count) {
    frameBytes += count * FRAME_BYTES;
  }

  /** True when the frames walked so far take the dump past the budget. */
  public boolean framesExhausted() {
    return dumpBytes + frameBytes > limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }

  /** The dump, the admitted symbol files and the frames walked so far, in bytes. */
  public long usedBytes() {
    return dumpBytes + symbolBytes + frameBytes;
  }
}
