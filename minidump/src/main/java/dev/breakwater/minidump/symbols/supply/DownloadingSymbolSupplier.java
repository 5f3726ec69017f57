package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Symbols from one remote store, downloaded into the disk cache and parsed. Misses (and corrupt
 * files) are remembered in a {@link MissCache}; transport errors are not, so the next crash asks
 * again.
 */
public final class DownloadingSymbolSupplier implements SymbolSupplier {
  private static final Logger LOG = Logger.getLogger(DownloadingSymbolSupplier.class.getName());

  private final SymbolDownloader downloader;
  private final SymbolDiskCache cache;
  private final MissCache misses;

  /** Downloads made (metric). */
  private final AtomicLong downloads = new AtomicLong();

  /** Downloads that failed with a transport or server error (metric). */
  private final AtomicLong errors = new AtomicLong();

  public DownloadingSymbolSupplier(
      SymbolDownloader downloader, SymbolDiskCache cache, MissCache misses) {
    this.downloader = downloader;
    this.cache = cache;
    this.misses = misses;
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    String missKey = missKey(key.debugFile(), key.debugId());
    if (misses.isMissing(missKey)) {
      return SymbolLookup.notFound();
    }
    Path temporary = null;
    try {
      temporary = cache.newTemporaryFile();
      downloads.incrementAndGet();
      Optional<String> url = downloader.download(key, temporary);
      if (url.isEmpty()) {
        misses.recordMiss(missKey);
        return SymbolLookup.notFound();
      }
      Path file = cache.commit(key, temporary, url.get());
      temporary = null;
      return parse(key, file, url.get(), missKey);
    } catch (IOException | RuntimeException e) {
      errors.incrementAndGet();
      LOG.log(Level.WARNING, "symbol download failed from " + downloader.describe() + ": " + e);
      return SymbolLookup.notFound();
    } finally {
      deleteQuietly(temporary);
    }
  }

  @Override
  public void forget(String debugFile, String debugId) {
    misses.forget(missKey(debugFile, debugId));
  }

  private String missKey(String debugFile, String debugId) {
    return downloader.describe() + "|" + debugFile + "|" + debugId.toUpperCase(Locale.ROOT);
  }

  private SymbolLookup parse(ModuleKey key, Path file, String url, String missKey) {
    try {
      return new SymbolLookup(SymbolLookup.Status.FOUND, SymbolFile.parse(file), url);
    } catch (IOException | RuntimeException e) {
      cache.remove(key);
      misses.recordMiss(missKey);
      return new SymbolLookup(SymbolLookup.Status.CORRUPT, null, url);
    }
  }

  public long downloads() {
    return downloads.get();
  }

  public long errors() {
    return errors.get();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.FINE, "could not delete " + file, e);
      }
    }
  }
}
