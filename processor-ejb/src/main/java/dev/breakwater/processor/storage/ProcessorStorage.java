package dev.breakwater.processor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.crash.storage.CorruptCrashException;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.processor.pipeline.Dump;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The processor's use of the crash bucket: it reads raw crashes and their dumps through the shared
 * {@link StoredCrashes} and writes processed crashes. Thread-safe.
 */
public final class ProcessorStorage {
  private static final ObjectMapper JSON = RawCrashJson.mapper();

  private final BlobStore store;
  private final StoredCrashes crashes;

  public ProcessorStorage(BlobStore store) {
    this.store = store;
    this.crashes = new StoredCrashes(store);
  }

  /**
   * The raw crash, or empty when it is not stored.
   *
   * @throws CorruptCrashException when it is stored but not a JSON object
   */
  public Optional<ObjectNode> rawCrash(String crashId) {
    return crashes.rawCrash(crashId);
  }

  /** The names of the crash's dumps; see {@link StoredCrashes#dumpNames}. */
  public List<String> dumpNames(String crashId) {
    return crashes.dumpNames(crashId);
  }

  /**
   * Copies a dump into {@code directory} (a file named after the dump), or empty when the dump
   * names document lists a dump that is not stored.
   */
  public Optional<Dump> fetchDump(String crashId, String dumpName, Path directory) {
    Optional<InputStream> in = crashes.openDump(crashId, dumpName);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    Path file = directory.resolve(dumpName);
    try (InputStream stream = in.get()) {
      long size = Files.copy(stream, file, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(new Dump(dumpName, file, size));
    } catch (IOException e) {
      throw new StorageException("fetching " + dumpName + " of " + crashId + " failed", e);
    }
  }

  /** The processed crash of an earlier processing, or empty. A corrupt one counts as absent. */
  public Optional<ObjectNode> processedCrash(String crashId) {
    try {
      return crashes.processedCrash(crashId);
    } catch (CorruptCrashException e) {
      return Optional.empty(); // reprocessing rebuilds it from the raw crash
    }
  }

  /** Writes (or replaces) the processed crash. */
  public void saveProcessedCrash(String crashId, ObjectNode processedCrash) {
    try {
      store.put(StorageKeys.processedCrash(crashId), JSON.writeValueAsBytes(processedCrash));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("processed crash " + crashId + " cannot be written", e);
    }
  }

  /** Makes one cheap request, so connections are open before the first crash. */
  public void warmUp() {
    store.exists(StorageKeys.processedCrash("warm-up"));
  }
}
