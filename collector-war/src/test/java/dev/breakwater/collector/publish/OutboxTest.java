package dev.breakwater.collector.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.collector.testing.RecordingPublisher;
import dev.breakwater.collector.testing.RecordingPublisher.Message;
import dev.breakwater.common.storage.InMemoryBlobStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

  private static final String A = "aaaaaaaa-cbbf-4589-a673-34f800160918";
  private static final String B = "bbbbbbbb-cbbf-4589-a673-34f800160918";

  private final InMemoryBlobStore store = new InMemoryBlobStore();
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final Outbox outbox = new Outbox(store, publisher);

  @Test
  void drainPublishesInKeyOrderAndDeletesMarkers() throws Exception {
    outbox.add(B, "crashes.standard", B);
    outbox.add(A, "crashes.priority", A + ":rules");
    assertEquals(2, outbox.pending(10));

    assertEquals(2, outbox.drain(10));

    assertEquals(
        List.of(new Message("crashes.priority", A + ":rules"), new Message("crashes.standard", B)),
        publisher.messages());
    assertEquals(0, outbox.pending(10));
  }

  @Test
  void drainStopsAtTheFirstPublishFailureAndKeepsTheMarker() {
    outbox.add(A, "crashes.standard", A);
    publisher.setFailing(true);
    assertThrows(PublishException.class, () -> outbox.drain(10));
    assertTrue(store.exists("v1/outbox/" + A));
  }

  @Test
  void unreadableMarkerIsPublishedFromItsKey() throws Exception {
    store.put("v1/outbox/" + A, "not json".getBytes(StandardCharsets.UTF_8));
    store.put("v1/outbox/garbage", "x".getBytes(StandardCharsets.UTF_8));

    assertEquals(1, outbox.drain(10));

    assertEquals(List.of(new Message("crashes.standard", A)), publisher.messages());
    assertEquals(0, outbox.pending(10));
  }
}
