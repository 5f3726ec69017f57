package dev.breakwater.collector.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.collector.payload.CrashReport;
import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.PayloadLimits;
import dev.breakwater.collector.payload.RequestHead;
import dev.breakwater.collector.testing.MultipartBuilder;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.InMemoryBlobStore;
import dev.breakwater.common.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportStoreTest {

  private static final String ID = "de1bb258-cbbf-4589-a673-34f800160918";

  @TempDir Path spool;

  /** Records the order of writes and can fail the n-th one. */
  private static final class OrderedStore implements BlobStore {
    final InMemoryBlobStore delegate = new InMemoryBlobStore();
    final List<String> writes = new ArrayList<>();
    int failAt = -1;

    @Override
    public void put(String key, BlobSource content) {
      if (writes.size() == failAt) {
        throw new StorageException("simulated failure writing " + key);
      }
      writes.add(key);
      delegate.put(key, content);
    }

    @Override
    public Optional<InputStream> open(String key) {
      return delegate.open(key);
    }

    @Override
    public boolean exists(String key) {
      return delegate.exists(key);
    }

    @Override
    public void delete(String key) {
      delegate.delete(key);
    }

    @Override
    public List<String> list(String prefix, int limit) {
      return delegate.list(prefix, limit);
    }
  }

  private CrashReport report() throws Exception {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .annotation("ProductName", "X")
            .dump("upload_file_minidump", new byte[] {1})
            .dump("memory_report", new byte[] {2});
    byte[] body = b.build();
    return new CrashReportReader(PayloadLimits.defaults(), spool)
        .read(new RequestHead(b.contentType(), body.length, null), new ByteArrayInputStream(body));
  }

  @Test
  void writesDumpsThenDumpNamesThenRawCrash() throws Exception {
    OrderedStore store = new OrderedStore();
    try (CrashReport report = report()) {
      new CrashReportStore(store).save(ID, report.dumps(), Map.of("uuid", ID));
    }
    assertEquals(
        List.of(
            "v1/dump/" + ID,
            "v1/memory_report/" + ID,
            "v1/dump_names/" + ID,
            "v1/raw_crash/20160918/" + ID),
        store.writes);
  }

  @Test
  void failureBeforeTheRawCrashLeavesNoRawCrash() throws Exception {
    OrderedStore store = new OrderedStore();
    store.failAt = 2;
    try (CrashReport report = report()) {
      CrashReportStore crashes = new CrashReportStore(store);
      assertThrows(
          StorageException.class, () -> crashes.save(ID, report.dumps(), Map.of("uuid", ID)));
    }
    assertFalse(store.exists("v1/raw_crash/20160918/" + ID));
  }

  @Test
  void failureAtTheRawCrashDeletesTheDumpsAlreadyWritten() throws Exception {
    OrderedStore store = new OrderedStore();
    store.failAt = 3;
    try (CrashReport report = report()) {
      CrashReportStore crashes = new CrashReportStore(store);
      assertThrows(
          StorageException.class, () -> crashes.save(ID, report.dumps(), Map.of("uuid", ID)));
    }
    assertEquals(List.of(), store.delegate.keys());
  }
}
