package dev.breakwater.common.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A blob store in memory, for unit tests. It can be switched to failing to simulate an unreachable
 * store.
 */
public final class InMemoryBlobStore implements BlobStore {

  private final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();
  private final AtomicBoolean failing = new AtomicBoolean();

  /** Makes every following operation throw {@link StorageException} (or stop doing so). */
  public void setFailing(boolean fail) {
    failing.set(fail);
  }

  /** A snapshot of all keys, sorted. */
  public List<String> keys() {
    return List.copyOf(objects.keySet());
  }

  @Override
  public void put(String key, BlobSource content) {
    checkAvailable(key);
    byte[] bytes = content.readAll();
    if (bytes.length != content.length()) {
      throw new StorageException(
          "content of " + key + " has " + bytes.length + " bytes, declared " + content.length());
    }
    objects.put(key, bytes);
  }

  @Override
  public Optional<InputStream> open(String key) {
    checkAvailable(key);
    return Optional.ofNullable(objects.get(key)).map(ByteArrayInputStream::new);
  }

  @Override
  public boolean exists(String key) {
    checkAvailable(key);
    return objects.containsKey(key);
  }

  @Override
  public void delete(String key) {
    checkAvailable(key);
    objects.remove(key);
  }

  @Override
  public List<String> list(String prefix, int limit) {
    checkAvailable(prefix);
    return objects.keySet().stream().filter(k -> k.startsWith(prefix)).limit(limit).toList();
  }

  @Override
  public List<String> listAfter(String prefix, String startAfter, int limit) {
    checkAvailable(prefix);
    return objects.keySet().stream()
        .filter(k -> k.startsWith(prefix) && k.compareTo(startAfter) > 0)
        .limit(limit)
        .toList();
  }

  private void checkAvailable(String key) {
    if (failing.get()) {
      throw new StorageException("store unavailable (simulated) for " + key);
    }
  }
}
