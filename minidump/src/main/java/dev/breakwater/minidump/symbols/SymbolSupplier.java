package dev.breakwater.minidump.symbols;

/** Where symbols come from: local directories, symbol servers, object stores, caches. */
public interface SymbolSupplier {
  /** Looks up the symbols of one module; never throws for a missing or corrupt file. */
  SymbolLookup lookup(ModuleKey key);

  /**
   * Symbols of the module {@code debugFile}/{@code debugId} were stored or replaced: forget what
   * was remembered about it (a miss, a parsed file), so the next lookup asks again. Suppliers that
   * remember nothing need not override it.
   */
  default void forget(String debugFile, String debugId) {}
}
