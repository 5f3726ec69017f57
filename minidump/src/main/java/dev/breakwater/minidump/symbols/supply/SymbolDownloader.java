package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.ModuleKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A remote store of {@code .sym} files (an HTTP symbol server; an object store such as the
 * project's S3 {@code symbols/} prefix). {@link DownloadingSymbolSupplier} adds the disk cache, the
 * miss cache and parsing around it.
 */
public interface SymbolDownloader {
  /**
   * Writes the symbol file of {@code key} to {@code target} and returns the URL it came from, or
   * returns empty when the store does not have it. Throws for transport and server errors, which
   * are not remembered as misses.
   */
  Optional<String> download(ModuleKey key, Path target) throws IOException;

  /** A short name for logs and metrics (the server's base URL without credentials). */
  String describe();
}
