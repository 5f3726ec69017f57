package dev.breakwater.minidump.symbols.supply;

import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the usual supplier chain: local symbol directories, then the disk cache, then each
 * remote store in order (HTTP symbol servers, or any {@link SymbolDownloader} such as an object
 * store), all behind the in-memory cache of parsed files. Suppliers that need no disk cache (an
 * object store mounted locally, a test double) can be appended with {@link
 * Builder#supplier(SymbolSupplier)}.
 */
public final class SymbolSuppliers {
  private SymbolSuppliers() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Settings of the chain; each default is given on its setter. */
  public static final class Builder {
    private final List<Path> localRoots = new ArrayList<>();
    private final List<Object> remotes = new ArrayList<>();
    private Path cacheDirectory;
    private long cacheMaxBytes = 20L << 30;
    private long memoryMaxBytes = 1L << 30;
    private Duration missTtl = Duration.ofHours(1);
    private int missMaxEntries = 100_000;
    private Duration httpTimeout = Duration.ofSeconds(60);
    private long downloadMaxBytes = 4L << 30;
    private Clock clock = Clock.systemUTC();

    /** A directory in the Breakpad layout, searched before any remote store. */
    public Builder localRoot(Path root) {
      localRoots.add(root);
      return this;
    }

    /** A Breakpad HTTP(S) symbol server, optionally with a bearer token (null for none). */
    public Builder server(URI url, String bearerToken) {
      remotes.add(new ServerSpec(url, bearerToken));
      return this;
    }

    /** Another remote store, downloaded into the disk cache (for example an S3 prefix). */
    public Builder downloader(SymbolDownloader downloader) {
      remotes.add(downloader);
      return this;
    }

    /** A supplier tried at this point of the chain as it is, without the disk cache. */
    public Builder supplier(SymbolSupplier supplier) {
      remotes.add(supplier);
      return this;
    }

    /** Directory of the disk cache; required when there are remote stores. */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = directory;
      return this;
    }

    /** Bound on the disk cache's total size; default 20 GiB. */
    public Builder cacheMaxBytes(long bytes) {
      this.cacheMaxBytes = bytes;
      return this;
    }

    /** Bound on the estimated memory of parsed symbol files kept; default 1 GiB. */
    public Builder memoryMaxBytes(long bytes) {
      this.memoryMaxBytes = bytes;
      return this;
    }

    /** How long a store's miss is remembered; default 1 hour. */
    public Builder missTtl(Duration ttl) {
      this.missTtl = ttl;
      return this;
    }

    /** Most misses remembered per store; default 100,000. */
    public Builder missMaxEntries(int entries) {
      this.missMaxEntries = entries;
      return this;
    }

    /** Connect and response timeout of symbol servers; default 60 s. */
    public Builder httpTimeout(Duration timeout) {
      this.httpTimeout = timeout;
      return this;
    }

    /** Largest symbol file downloaded; default 4 GiB. */
    public Builder downloadMaxBytes(long bytes) {
      this.downloadMaxBytes = bytes;
      return this;
    }

    /** Clock of the miss caches (tests). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public CachingSymbolSupplier build() throws IOException {
      List<SymbolSupplier> chain = new ArrayList<>();
      if (!localRoots.isEmpty()) {
        chain.add(new LocalSymbolSupplier(localRoots));
      }
      SymbolDiskCache cache = null;
      if (remotes.stream().anyMatch(r -> !(r instanceof SymbolSupplier))) {
        if (cacheDirectory == null) {
          throw new IllegalStateException("remote symbol stores need a cache directory");
        }
        cache = new SymbolDiskCache(cacheDirectory, cacheMaxBytes);
        chain.add(cache);
      }
      for (Object remote : remotes) {
        chain.add(toSupplier(remote, cache));
      }
      return new CachingSymbolSupplier(new SymbolSupplierChain(chain), memoryMaxBytes);
    }

    private SymbolSupplier toSupplier(Object remote, SymbolDiskCache cache) {
      if (remote instanceof SymbolSupplier supplier) {
        return supplier;
      }
      SymbolDownloader downloader =
          remote instanceof ServerSpec server
              ? new HttpSymbolServer(server.url(), server.token(), httpTimeout, downloadMaxBytes)
              : (SymbolDownloader) remote;
      return new DownloadingSymbolSupplier(
          downloader, cache, new MissCache(missTtl, missMaxEntries, clock));
    }

    private record ServerSpec(URI url, String token) {}
  }
}
