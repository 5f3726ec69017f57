package dev.breakwater.minidump.symbols;

import java.nio.file.Path;
import java.util.List;

/** Placeholder: finds nothing. */
public final class LocalSymbolSupplier implements SymbolSupplier {
  public LocalSymbolSupplier(List<Path> roots) {}

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    return SymbolLookup.notFound();
  }
}
