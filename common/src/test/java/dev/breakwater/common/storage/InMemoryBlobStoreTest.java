package dev.breakwater.common.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryBlobStoreTest {

  private final InMemoryBlobStore store = new InMemoryBlobStore();

  @Test
  void putGetListDelete() {
    store.put("v1/outbox/b", "2".getBytes(StandardCharsets.UTF_8));
    store.put("v1/outbox/a", "1".getBytes(StandardCharsets.UTF_8));
    store.put("v1/dump/a", new byte[] {1, 2, 3});

    assertArrayEquals(new byte[] {1, 2, 3}, store.get("v1/dump/a").orElseThrow());
    assertEquals(List.of("v1/outbox/a", "v1/outbox/b"), store.list("v1/outbox/", 10));
    assertEquals(List.of("v1/outbox/a"), store.list("v1/outbox/", 1));

    store.delete("v1/outbox/a");
    assertFalse(store.exists("v1/outbox/a"));
    assertTrue(store.get("v1/outbox/a").isEmpty());
  }

  @Test
  void failingStoreThrows() {
    store.setFailing(true);
    assertThrows(StorageException.class, () -> store.put("k", new byte[1]));
    assertThrows(StorageException.class, () -> store.checkWritable("probe"));
    store.setFailing(false);
    store.checkWritable("probe");
    assertFalse(store.exists("probe"));
  }
}
