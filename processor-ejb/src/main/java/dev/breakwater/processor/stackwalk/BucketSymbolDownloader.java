package dev.breakwater.processor.stackwalk;

import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.supply.SymbolDownloader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The project's own symbol store: {@code symbols/<debug_file>/<debug_id>/<debug_file minus
 * .pdb>.sym} in the crash bucket (DESIGN §4), where uploaded symbols go.
 */
public final class BucketSymbolDownloader implements SymbolDownloader {
  private final BlobStore store;

  public BucketSymbolDownloader(BlobStore store) {
    this.store = store;
  }

  @Override
  public Optional<String> download(ModuleKey key, Path target) throws IOException {
    if (key.debugFile() == null || key.debugId() == null || key.debugFile().contains("/")) {
      return Optional.empty();
    }
    String symbolKey = StorageKeys.symbols(key.debugFile(), key.debugId());
    Optional<InputStream> in = store.open(symbolKey);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream stream = in.get()) {
      Files.copy(stream, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return Optional.of("bucket:" + symbolKey);
  }

  @Override
  public String describe() {
    return "bucket symbols/";
  }
}
