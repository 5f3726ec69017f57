package dev.breakwater.collector.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.collector.log.Logs;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import dev.breakwater.common.storage.StorageKeys;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Crashes that are fully stored but could not be published yet. A marker {@code v1/outbox/<crash
 * id>} is written to the bucket, which just accepted the crash and is therefore the one store known
 * to work; every collector instance drains the markers in the background (publish, then delete).
 * Two instances may publish the same crash; processing is idempotent.
 */
public final class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  private final BlobStore store;
  private final CrashPublisher publisher;

  public Outbox(BlobStore store, CrashPublisher publisher) {
    this.store = store;
    this.publisher = publisher;
  }

  /**
   * Records that a crash must still be published.
   *
   * @throws StorageException if the marker cannot be written
   */
  public void add(String crashId, String queue, String body) {
    store.put(
        StorageKeys.outbox(crashId), RawCrashJson.write(Map.of("queue", queue, "body", body)));
  }

  /**
   * Publishes up to {@code max} pending crashes and deletes their markers; stops at the first
   * publishing failure (the broker is still away).
   *
   * @return the number published
   * @throws StorageException if the bucket cannot be read or written
   */
  public int drain(int max) throws PublishException {
    List<String> keys = store.list(StorageKeys.OUTBOX_PREFIX, max);
    int published = 0;
    for (String key : keys) {
      Optional<Marker> marker = read(key);
      if (marker.isPresent()) {
        publisher.publish(marker.get().queue(), marker.get().body());
        published++;
      }
      store.delete(key);
    }
    return published;
  }

  /** Number of pending markers, up to {@code max}. */
  public int pending(int max) {
    return store.list(StorageKeys.OUTBOX_PREFIX, max).size();
  }

  private Optional<Marker> read(String key) {
    Optional<byte[]> bytes = store.get(key);
    if (bytes.isEmpty()) {
      return Optional.empty(); // another instance published it meanwhile
    }
    try {
      JsonNode node = RawCrashJson.mapper().readTree(bytes.get());
      return Optional.of(new Marker(node.path("queue").asText(), node.path("body").asText()));
    } catch (IOException e) {
      // Not written by this code. The key still names the crash, which is what matters.
      String crashId = StorageKeys.crashIdOfOutboxKey(key);
      Logs.event(
          LOG,
          Level.WARNING,
          "unreadable outbox marker; publishing its crash ID",
          Map.of("key", key));
      return CrashId.isValid(crashId)
          ? Optional.of(new Marker(CrashQueues.STANDARD, crashId))
          : Optional.empty();
    }
  }

  private record Marker(String queue, String body) {}
}
