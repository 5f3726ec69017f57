package dev.breakwater.crash.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The read side of the crash bucket (DESIGN §4), the same for the processor, the webapp and the
 * jobs: raw crashes, their dumps and processed crashes by crash ID. Thread-safe.
 */
public final class StoredCrashes {
  private static final ObjectMapper JSON = RawCrashJson.mapper();

  /** Dump names as the collector sanitizes them; anything else in dump_names is not read. */
  private static final Pattern DUMP_NAME = Pattern.compile("^[A-Za-z0-9_]{1,30}$");

  private final BlobStore store;

  public StoredCrashes(BlobStore store) {
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
   * Up to {@code limit} crash IDs of the raw crashes stored for {@code day} (the crash IDs' date),
   * in order, after {@code afterCrashId} (empty for the first page).
   */
  public List<String> rawCrashIds(LocalDate day, String afterCrashId, int limit) {
    String prefix = StorageKeys.rawCrashDayPrefix(day);
    String after = afterCrashId.isEmpty() ? "" : prefix + afterCrashId;
    return store.listAfter(prefix, after, limit).stream()
        .map(key -> key.substring(prefix.length()))
        .toList();
  }

  /** Whether the raw crash is stored, without reading it. */
  public boolean hasRawCrash(String crashId) {
    return store.exists(StorageKeys.rawCrash(crashId));
  }

  /**
   * The names of the crash's dumps ({@code dump} for the main minidump). A crash stored without a
   * dump names document (older collectors) is assumed to have only the main minidump, if that
   * exists.
   *
   * @throws CorruptCrashException when the dump names document is not a JSON list
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
          .filter(StoredCrashes::isDumpName)
          .toList();
    } catch (UncheckedIOException e) {
      throw new CorruptCrashException(crashId + ": dump names are not a JSON list", e);
    }
  }

  /** Whether {@code name} could be a stored dump's name (so it is safe in a storage key). */
  public static boolean isDumpName(String name) {
    return DUMP_NAME.matcher(name).matches();
  }

  /** The dump's bytes as a stream the caller closes, or empty when it is not stored. */
  public Optional<InputStream> openDump(String crashId, String dumpName) {
    if (!isDumpName(dumpName)) {
      return Optional.empty();
    }
    return store.open(StorageKeys.dump(crashId, dumpName));
  }

  /**
   * The processed crash, or empty when the crash has not been processed.
   *
   * @throws CorruptCrashException when it is stored but not a JSON object
   */
  public Optional<ObjectNode> processedCrash(String crashId) {
    return store
        .get(StorageKeys.processedCrash(crashId))
        .map(b -> parseObject(crashId, "processed crash", b));
  }

  /** Whether the processed crash is stored, without reading it. */
  public boolean hasProcessedCrash(String crashId) {
    return store.exists(StorageKeys.processedCrash(crashId));
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
