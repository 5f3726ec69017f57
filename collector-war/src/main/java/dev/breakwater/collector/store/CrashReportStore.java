package dev.breakwater.collector.store;

import dev.breakwater.collector.log.Logs;
import dev.breakwater.collector.payload.DumpBuffer;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import dev.breakwater.common.storage.StorageKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a crash to the bucket in the order that makes it safe to read: dumps, then the list of
 * dump names, then the raw crash. Readers treat the raw crash as the commit marker, so a crash is
 * never seen without its dumps. A failure part-way deletes what was written (the client is told to
 * retry, and its retry is a new crash); if the store is too far gone to delete, the unreferenced
 * objects stay and are logged with the crash ID.
 */
public final class CrashReportStore {

  private static final Logger LOG = Logger.getLogger(CrashReportStore.class.getName());

  private final BlobStore store;

  public CrashReportStore(BlobStore store) {
    this.store = store;
  }

  /**
   * Stores a crash.
   *
   * @throws StorageException if any write fails after the store's retries
   */
  public void save(String crashId, Map<String, DumpBuffer> dumps, Map<String, Object> rawCrash) {
    List<String> written = new ArrayList<>();
    try {
      for (Map.Entry<String, DumpBuffer> dump : dumps.entrySet()) {
        String key = StorageKeys.dump(crashId, dump.getKey());
        store.put(key, dump.getValue().content());
        written.add(key);
      }
      String dumpNames = StorageKeys.dumpNames(crashId);
      store.put(dumpNames, RawCrashJson.writeDumpNames(dumps.keySet()));
      written.add(dumpNames);
      store.put(StorageKeys.rawCrash(crashId), RawCrashJson.write(rawCrash));
    } catch (StorageException e) {
      deleteQuietly(crashId, written);
      throw e;
    }
  }

  private void deleteQuietly(String crashId, List<String> keys) {
    for (String key : keys) {
      try {
        store.delete(key);
      } catch (StorageException e) {
        Logs.event(
            LOG,
            Level.WARNING,
            "unreferenced object left after a failed save",
            Map.of("crash_id", crashId, "key", key, "error", String.valueOf(e.getMessage())));
      }
    }
  }
}
