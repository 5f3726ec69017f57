package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Downloaded symbol files on local disk, in the Breakpad layout, bounded in size: the least
 * recently used files are deleted when the total exceeds the bound. Files are written to a
 * temporary file and moved into place atomically, so a reader never sees half a file and a crash
 * leaves at most a stray temporary file (removed at the next start). Each processor node has its
 * own cache; nothing in it is needed by another node.
 *
 * <p>As a {@link SymbolSupplier} it answers from the files it holds, reporting the URL each was
 * downloaded from (kept in the file as an {@code INFO URL} record, as rust-minidump does).
 */
public final class SymbolDiskCache implements SymbolSupplier {
  private static final String TEMP_DIR = ".tmp";

  private final Path root;
  private final Path temp;
  private final long maxBytes;

  /** Relative path to size, in least-recently-used-first order. */
  private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>(256, 0.75f, true);

  private long totalBytes;

  /**
   * @param root directory of the cache (created if missing)
   * @param maxBytes bound on the total size of cached files
   */
  public SymbolDiskCache(Path root, long maxBytes) throws IOException {
    this.root = root;
    this.temp = root.resolve(TEMP_DIR);
    this.maxBytes = maxBytes;
    Files.createDirectories(temp);
    clearTemporaryFiles();
    loadExisting();
  }

  /** The cached file of {@code key}, marking it as recently used. */
  public Optional<Path> get(ModuleKey key) {
    Optional<String> relative = LocalSymbolSupplier.relativePath(key);
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    synchronized (this) {
      if (entries.get(relative.get()) == null) {
        return Optional.empty();
      }
    }
    Path file = root.resolve(relative.get());
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public SymbolLookup lookup(ModuleKey key) {
    Optional<Path> file = get(key);
    if (file.isEmpty()) {
      return SymbolLookup.notFound();
    }
    try {
      SymbolFile symbols = SymbolFile.parse(file.get());
      return new SymbolLookup(SymbolLookup.Status.FOUND, symbols, symbols.sourceUrl());
    } catch (IOException | RuntimeException e) {
      remove(key);
      return new SymbolLookup(SymbolLookup.Status.CORRUPT, null, null);
    }
  }

  /** A new temporary file in the cache's file system, for a download in progress. */
  public Path newTemporaryFile() throws IOException {
    return Files.createTempFile(temp, "download-", ".sym");
  }

  /**
   * Moves a downloaded file into the cache under {@code key}, appending an {@code INFO URL} record
   * when {@code url} is given, and evicts least recently used files beyond the bound.
   */
  public Path commit(ModuleKey key, Path downloaded, String url) throws IOException {
    String relative =
        LocalSymbolSupplier.relativePath(key)
            .orElseThrow(() -> new IOException("no cache path for " + key));
    if (url != null) {
      String record = "\nINFO URL " + url.replaceAll("[\r\n]", "") + "\n";
      Files.writeString(downloaded, record, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    Path target = root.resolve(relative);
    Files.createDirectories(target.getParent());
    long size = Files.size(downloaded);
    try {
      Files.move(downloaded, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(downloaded, target, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> evicted;
    synchronized (this) {
      Long previous = entries.put(relative, size);
      totalBytes += size - (previous == null ? 0 : previous);
      evicted = evictBeyondBound(relative);
    }
    for (String old : evicted) {
      Files.deleteIfExists(root.resolve(old));
    }
    return target;
  }

  /** A new upload of the module's symbols replaces what was downloaded before. */
  @Override
  public void forget(String debugFile, String debugId) {
    remove(new ModuleKey(debugFile, debugId.toUpperCase(java.util.Locale.ROOT), null, null));
  }

  /** Deletes the cached file of {@code key} (a corrupt one). */
  public void remove(ModuleKey key) {
    LocalSymbolSupplier.relativePath(key)
        .ifPresent(
            relative -> {
              synchronized (this) {
                Long size = entries.remove(relative);
                totalBytes -= size == null ? 0 : size;
              }
              try {
                Files.deleteIfExists(root.resolve(relative));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  public synchronized long totalBytes() {
    return totalBytes;
  }

  public synchronized int fileCount() {
    return entries.size();
  }

  private List<String> evictBeyondBound(String keep) {
    List<String> evicted = new ArrayList<>();
    Iterator<Map.Entry<String, Long>> oldest = entries.entrySet().iterator();
    while (totalBytes > maxBytes && oldest.hasNext()) {
      Map.Entry<String, Long> entry = oldest.next();
      if (entry.getKey().equals(keep)) {
        continue;
      }
      totalBytes -= entry.getValue();
      evicted.add(entry.getKey());
      oldest.remove();
    }
    return evicted;
  }

  private void clearTemporaryFiles() throws IOException {
    try (var files = Files.list(temp)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Registers files left by an earlier run, least recently modified first. */
  private void loadExisting() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(temp) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (root.relativize(file).getNameCount() == 3) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(Comparator.comparing(SymbolDiskCache::modified));
    synchronized (this) {
      for (Path file : files) {
        long size = file.toFile().length();
        entries.put(root.relativize(file).toString().replace('\\', '/'), size);
        totalBytes += size;
      }
      for (String old : evictBeyondBound(null)) {
        Files.deleteIfExists(root.resolve(old));
      }
    }
  }

  private static long modified(Path file) {
    return file.toFile().lastModified();
  }
}
