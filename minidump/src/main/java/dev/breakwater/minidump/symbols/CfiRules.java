package dev.breakwater.minidump.symbols;

import java.util.Map;

/** Placeholder: recovers nothing. */
public final class CfiRules {
  public Map<String, Long> findCallerRegisters(
      Map<String, Long> calleeRegisters, MemoryReader memory, int addressSize) {
    return null;
  }
}
