package dev.breakwater.common.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Blob storage as the pipeline uses it: whole objects under keys from {@link StorageKeys}. The S3
 * implementation is used everywhere at run time; the in-memory one backs unit tests.
 *
 * <p>All methods throw {@link StorageException} when the store cannot be reached or refuses the
 * operation after the implementation's bounded retries.
 */
public interface BlobStore {

  /** Writes (or overwrites) an object. */
  void put(String key, BlobSource content);

  /** Writes (or overwrites) a small object held in memory. */
  default void put(String key, byte[] content) {
    put(key, BlobSource.of(content));
  }

  /** Opens an object for reading, or empty if there is none. The caller closes the stream. */
  Optional<InputStream> open(String key);

  /** Reads a whole object into memory, or empty if there is none. */
  default Optional<byte[]> get(String key) {
    Optional<InputStream> in = open(key);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream stream = in.get()) {
      return Optional.of(stream.readAllBytes());
    } catch (IOException e) {
      throw new StorageException("reading " + key + " failed", e);
    }
  }

  /** Whether an object exists. */
  boolean exists(String key);

  /** Deletes an object; deleting a missing object is not an error. */
  void delete(String key);

  /** Up to {@code limit} keys starting with {@code prefix}, in lexical order. */
  List<String> list(String prefix, int limit);

  /**
   * Up to {@code limit} keys starting with {@code prefix} that sort after {@code startAfter}, in
   * lexical order: the pages of a listing longer than one answer. This default lists everything and
   * filters; stores that can start after a key override it.
   */
  default List<String> listAfter(String prefix, String startAfter, int limit) {
    return list(prefix, Integer.MAX_VALUE).stream()
        .filter(k -> k.compareTo(startAfter) > 0)
        .limit(limit)
        .toList();
  }

  /**
   * Proves the store accepts writes by writing and deleting {@code probeKey}.
   *
   * @throws StorageException if it does not
   */
  default void checkWritable(String probeKey) {
    put(probeKey, new byte[] {'o', 'k'});
    delete(probeKey);
  }

  /** Content to write: its exact length and a way to (re)open it for each attempt. */
  interface BlobSource {

    /** Exact length in bytes. */
    long length();

    /** A fresh stream over the whole content; called again for every retry. */
    InputStream open() throws IOException;

    /** Content held in a byte array (not copied). */
    static BlobSource of(byte[] bytes) {
      return new BlobSource() {
        @Override
        public long length() {
          return bytes.length;
        }

        @Override
        public InputStream open() {
          return new java.io.ByteArrayInputStream(bytes);
        }
      };
    }

    /** Reads the whole content into memory (for tests and small objects). */
    default byte[] readAll() {
      try (InputStream in = open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
