package dev.breakwater.minidump.conformance;

import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tukaani.xz.XZInputStream;

/**
 * Symbols of the corpus: plain {@code .sym} files through {@link LocalSymbolSupplier}, and the
 * xz-compressed {@code .sym.xz} files of the Firefox set, read in the same layout.
 */
final class CorpusSymbolSupplier implements SymbolSupplier {
  private final List<Path> roots;
  private final LocalSymbolSupplier plain;

  CorpusSymbolSupplier(List<Path> roots) {
    this.roots = roots;
    this.plain = new LocalSymbolSupplier(roots);
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    SymbolLookup found = plain.lookup(key);
    if (found.status() != SymbolLookup.Status.NOT_FOUND) {
      return found;
    }
    String debugFile = key.debugFile();
    String base =
        debugFile.endsWith(".pdb") ? debugFile.substring(0, debugFile.length() - 4) : debugFile;
    for (Path root : roots) {
      Path xz = root.resolve(debugFile).resolve(key.debugId()).resolve(base + ".sym.xz");
      if (Files.isRegularFile(xz)) {
        try (InputStream in = new XZInputStream(Files.newInputStream(xz))) {
          return new SymbolLookup(SymbolLookup.Status.FOUND, SymbolFile.parse(in), null);
        } catch (IOException e) {
          return new SymbolLookup(SymbolLookup.Status.CORRUPT, null, null);
        }
      }
    }
    return SymbolLookup.notFound();
  }
}
