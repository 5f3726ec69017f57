package dev.breakwater.minidump.symbols;

/** Where symbols come from. */
public interface SymbolSupplier {
  /** Looks up the symbols of one module; never throws for a missing or corrupt file. */
  SymbolLookup lookup(ModuleKey key);
}
