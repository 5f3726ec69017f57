package dev.breakwater.processor.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import dev.breakwater.common.storage.StorageKeys;
import dev.breakwater.processor.pipeline.Dump;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The processor's view of the crash bucket (DESIGN §4): it reads raw crashes and their dumps and
 * writes processed crashes. Thread-safe.
 */
public final class CrashStorage {
  private static final ObjectMapper JSON = RawCrashJson.mapper();

  /** Dump names as the collector sanitizes them; anything else in dump_names is not fetched. */
  private static final Pattern DUMP_NAME = Pattern.compile("^[A-Za-z0-9_]{1,30}$");

  private final BlobStore store;

  public CrashStorage(BlobStore store) {
    this.store = store;
  }

  /**
   * The raw crash, or empty when it is not stored.
   *
   * @throws CorruptCrashException when it is stored but not a JSON object
   */
  public Optional<ObjectNode> rawCrash(String crashId) {
    return store
        .get(StorageKeys.rawCrash(crashId))
        .map(bytes -> parseObject(crashId, "raw crash", bytes));
  }

  /**
   * The names of the crash's dumps. A crash stored without a dump names document (older collectors)
   * is assumed to have only the main minidump, if that exists.
   */
  public List<String> dumpNames(String crashId) {
    Optional<byte[]> names = store.get(StorageKeys.dumpNames(crashId));
    if (names.isEmpty()) {
      return store.exists(StorageKeys.dump(crashId, StorageKeys.MAIN_DUMP_NAME))
          ? List.of(StorageKeys.MAIN_DUMP_NAME)
          : List.of();
    }
    try {
      return RawCrashJson.readDumpNames(names.get()).stream()
          .filter(n -> DUMP_NAME.matcher(n).matches())
          .toList();
    } catch (UncheckedIOException e) {
      throw new CorruptCrashException(crashId + ": dump names are not a JSON list", e);
    }
  }

  /**
   * Copies a dump into {@code directory} (a file named after the dump), or empty when the dump
   * names document lists a dump that is not stored.
   */
  public Optional<Dump> fetchDump(String crashId, String dumpName, Path directory) {
    Optional<InputStream> in = store.open(StorageKeys.dump(crashId, dumpName));
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
      return store
          .get(StorageKeys.processedCrash(crashId))
          .map(b -> parseObject(crashId, "processed crash", b));
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

  private static ObjectNode parseObject(String crashId, String what, byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      throw new CorruptCrashException(crashId + ": " + what + " is not JSON", e);
    }
    throw new CorruptCrashException(crashId + ": " + what + " is not a JSON object");
  }
}
