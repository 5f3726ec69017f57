package dev.breakwater.minidump.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the symbol lookups found, per module.
 *
 * @param withoutSymbols modules a frame needed symbols for and none were found (Breakpad's
 *     "WARNING: No symbols"), in the order first seen
 * @param corrupt modules whose symbol file had errors
 * @param loaded modules whose symbols were loaded
 * @param urls where each loaded module's symbols came from
 */
public record SymbolStats(
    List<Module> withoutSymbols,
    List<Module> corrupt,
    Set<Module> loaded,
    Map<Module, String> urls) {
  public static final SymbolStats NONE = new SymbolStats(List.of(), List.of(), Set.of(), Map.of());
}
