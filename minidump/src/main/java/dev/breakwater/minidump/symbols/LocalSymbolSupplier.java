package dev.breakwater.minidump.symbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Symbols in local directories laid out as Breakpad's SimpleSymbolSupplier expects: {@code
 * <root>/<debug_file>/<debug_id>/<debug_file minus a trailing .pdb>.sym}, roots tried in order.
 */
public final class LocalSymbolSupplier implements SymbolSupplier {
  private final List<Path> roots;

  public LocalSymbolSupplier(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    Optional<String> relative = relativePath(key);
    if (relative.isEmpty()) {
      return SymbolLookup.notFound();
    }
    for (Path root : roots) {
      Path file = root.resolve(relative.get());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        return new SymbolLookup(SymbolLookup.Status.FOUND, SymbolFile.parse(file), null);
      } catch (IOException | RuntimeException e) {
        return new SymbolLookup(SymbolLookup.Status.CORRUPT, null, null);
      }
    }
    return SymbolLookup.notFound();
  }

  /** The file for {@code key} under the first root that has it, if any. */
  public Optional<Path> locate(ModuleKey key) {
    return relativePath(key).flatMap(relative -> findIn(relative));
  }

  private Optional<Path> findIn(String relative) {
    return roots.stream()
        .map(root -> root.resolve(relative))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * {@code <debug_file>/<debug_id>/<debug_file minus .pdb>.sym}, using the base name of the debug
   * file (Windows dumps may carry a full PDB path). Empty when the key cannot name a file safely.
   */
  public static Optional<String> relativePath(ModuleKey key) {
    String debugFile = baseName(key.debugFile());
    String debugId = key.debugId();
    if (!isSafeSegment(debugFile) || !isSafeSegment(debugId)) {
      return Optional.empty();
    }
    return Optional.of(debugFile + "/" + debugId + "/" + symFileName(debugFile));
  }

  /**
   * {@code test_app.pdb} gives {@code test_app.sym}, {@code libc.so.6} gives {@code libc.so.6.sym}.
   */
  public static String symFileName(String debugFile) {
    String base = baseName(debugFile);
    if (base.length() > 4
        && base.substring(base.length() - 4).toLowerCase(Locale.ROOT).equals(".pdb")) {
      base = base.substring(0, base.length() - 4);
    }
    return base + ".sym";
  }

  static String baseName(String path) {
    if (path == null) {
      return "";
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  static boolean isSafeSegment(String segment) {
    if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '/' || c == '\\' || c == 0 || c < 0x20) {
        return false;
      }
    }
    return true;
  }
}
