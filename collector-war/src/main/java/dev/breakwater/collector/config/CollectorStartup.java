package dev.breakwater.collector.config;

import dev.breakwater.collector.health.BrokerReadiness;
import dev.breakwater.collector.health.StorageReadiness;
import dev.breakwater.collector.log.Logs;
import dev.breakwater.collector.publish.OutboxDrainer;
import dev.breakwater.collector.submit.CrashSubmission;
import dev.breakwater.collector.throttle.Throttler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Builds everything at deployment, so that bad configuration (an invalid bucket name, a broken
 * throttle rules file) fails the deployment with a clear message instead of the first crash, and so
 * that health beans see the application's configuration.
 */
@ApplicationScoped
public class CollectorStartup {

  private static final Logger LOG = Logger.getLogger(CollectorStartup.class.getName());

  @Inject CrashSubmission submission;

  @Inject Throttler throttler;

  @Inject @Readiness StorageReadiness storageReadiness;

  @Inject @Readiness BrokerReadiness brokerReadiness;

  @Inject OutboxDrainer drainer;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Logs.installJsonLines();
    Logs.event(
        LOG,
        Level.INFO,
        "collector started",
        Map.of(
            "throttle_rules_revision",
            throttler.revision(),
            "throttle_rules",
            throttler.rules().size()));
    // Calling the readiness checks creates them now rather than on the first /health request.
    for (HealthCheckResponse ready : List.of(storageReadiness.call(), brokerReadiness.call())) {
      if (ready.getStatus() != HealthCheckResponse.Status.UP) {
        Logs.event(
            LOG,
            Level.WARNING,
            "dependency not ready yet",
            Map.of("check", ready.getName(), "data", ready.getData().orElse(Map.of())));
      }
    }
    drainer.start();
  }
}
