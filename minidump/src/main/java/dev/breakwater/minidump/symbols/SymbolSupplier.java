package dev.breakwater.minidump.symbols;

/** Where symbols come from: local directories, symbol servers, object stores, caches. */
public interface SymbolSupplier {
  /** Looks up the symbols of one module; never throws for a missing or corrupt file. */
  SymbolLookup lookup(ModuleKey key);
}
