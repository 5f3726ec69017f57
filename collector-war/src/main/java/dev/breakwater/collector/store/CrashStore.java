package dev.breakwater.collector.store;

import dev.breakwater.collector.payload.DumpBuffer;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import dev.breakwater.common.storage.StorageKeys;
import java.util.Map;

/**
 * Writes a crash to the bucket in the order that makes it safe to read: dumps, then the list of
 * dump names, then the raw crash. Readers treat the raw crash as the commit marker, so a crash is
 * never seen without its dumps; a failure part-way leaves only unreferenced dumps.
 */
public final class CrashStore {

  private final BlobStore store;

  public CrashStore(BlobStore store) {
    this.store = store;
  }

  /**
   * Stores a crash.
   *
   * @throws StorageException if any write fails after the store's retries
   */
  public void save(String crashId, Map<String, DumpBuffer> dumps, Map<String, Object> rawCrash) {
    for (Map.Entry<String, DumpBuffer> dump : dumps.entrySet()) {
      store.put(StorageKeys.dump(crashId, dump.getKey()), dump.getValue().content());
    }
    store.put(StorageKeys.dumpNames(crashId), RawCrashJson.writeDumpNames(dumps.keySet()));
    store.put(StorageKeys.rawCrash(crashId), RawCrashJson.write(rawCrash));
  }
}
