package dev.breakwater.minidump.symbols;

import java.util.OptionalLong;

/** Reads little-endian memory of the crashed process (stack and other captured regions). */
@FunctionalInterface
public interface MemoryReader {
  /**
   * Value of {@code size} bytes (4 or 8) at {@code address}, little-endian, unsigned; empty if not
   * captured.
   */
  OptionalLong read(long address, int size);
}
