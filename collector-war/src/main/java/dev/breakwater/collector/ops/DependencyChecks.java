package dev.breakwater.collector.ops;

import dev.breakwater.collector.publish.CrashPublisher;
import dev.breakwater.collector.publish.PublishException;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Antenna's self-test, run for readiness and {@code /__heartbeat__}: the bucket accepts a write and
 * the broker accepts a connection. A collector that cannot do both must not receive crashes.
 */
@ApplicationScoped
public class DependencyChecks {

  /** Key written and deleted to prove the bucket is writable; one per instance. */
  private final String probeKey = "v1/healthcheck/collector-" + UUID.randomUUID();

  @Inject BlobStore store;

  @Inject CrashPublisher publisher;

  /** Problems by check name ({@code storage}, {@code queue}); empty when all is well. */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    try {
      store.checkWritable(probeKey);
    } catch (StorageException e) {
      problems.put("storage", e.getMessage());
    }
    try {
      publisher.checkReachable();
    } catch (PublishException e) {
      problems.put("queue", e.getMessage());
    }
    return problems;
  }
}
