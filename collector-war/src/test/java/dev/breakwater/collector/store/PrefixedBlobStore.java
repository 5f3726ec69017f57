package dev.breakwater.collector.store;

import dev.breakwater.common.storage.BlobStore;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** A bucket seen through a key prefix, so that a benchmark's objects stay apart from crashes. */
final class PrefixedBlobStore implements BlobStore {
  private final BlobStore store;
  private final String prefix;

  PrefixedBlobStore(BlobStore store, String prefix) {
    this.store = store;
    this.prefix = prefix;
  }

  @Override
  public void put(String key, BlobSource content) {
    store.put(prefix + key, content);
  }

  @Override
  public Optional<InputStream> open(String key) {
    return store.open(prefix + key);
  }

  @Override
  public boolean exists(String key) {
    return store.exists(prefix + key);
  }

  @Override
  public void delete(String key) {
    store.delete(prefix + key);
  }

  @Override
  public List<String> list(String keyPrefix, int limit) {
    return store.list(prefix + keyPrefix, limit).stream()
        .map(key -> key.substring(prefix.length()))
        .toList();
  }
}
