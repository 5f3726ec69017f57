package dev.breakwater.collector.health;

import dev.breakwater.collector.publish.CrashPublisher;
import dev.breakwater.collector.publish.PublishException;
import dev.breakwater.common.storage.BlobStore;
import dev.breakwater.common.storage.StorageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
    storageProblem().ifPresent(p -> problems.put("storage", p));
    queueProblem().ifPresent(p -> problems.put("queue", p));
    return problems;
  }

  /** Why the bucket does not accept a write, if it does not. */
  public Optional<String> storageProblem() {
    try {
      store.checkWritable(probeKey);
      return Optional.empty();
    } catch (StorageException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Why the broker cannot be reached, if it cannot. */
  public Optional<String> queueProblem() {
    try {
      publisher.checkReachable();
      return Optional.empty();
    } catch (PublishException e) {
      return Optional.of(e.getMessage());
    }
  }
}
