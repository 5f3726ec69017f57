package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.util.List;

/**
 * Suppliers tried in configured order (local directories, the disk cache, symbol servers, an object
 * store, ...). The first one that finds a usable file wins; a corrupt file does not stop the
 * search, but is reported when no supplier has a usable one.
 */
public final class SymbolSupplierChain implements SymbolSupplier {
  private final List<SymbolSupplier> suppliers;

  public SymbolSupplierChain(List<SymbolSupplier> suppliers) {
    this.suppliers = List.copyOf(suppliers);
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    SymbolLookup corrupt = null;
    for (SymbolSupplier supplier : suppliers) {
      SymbolLookup lookup = supplier.lookup(key);
      if (lookup.status() == SymbolLookup.Status.FOUND) {
        return lookup;
      }
      if (lookup.status() == SymbolLookup.Status.CORRUPT && corrupt == null) {
        corrupt = lookup;
      }
    }
    return corrupt != null ? corrupt : SymbolLookup.notFound();
  }

  @Override
  public void forget(String debugFile, String debugId) {
    suppliers.forEach(s -> s.forget(debugFile, debugId));
  }
}
