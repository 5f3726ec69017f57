package dev.breakwater.collector.config;

import dev.breakwater.collector.log.SubmissionLog;
import dev.breakwater.collector.metrics.CollectorMetrics;
import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.PayloadLimits;
import dev.breakwater.collector.publish.CrashPublisher;
import dev.breakwater.collector.publish.JmsCrashPublisher;
import dev.breakwater.collector.publish.Outbox;
import dev.breakwater.collector.store.CrashReportStore;
import dev.breakwater.collector.store.RawCrashBuilder;
import dev.breakwater.collector.submit.CrashSubmission;
import dev.breakwater.collector.submit.SubmissionListener;
import dev.breakwater.collector.throttle.Throttler;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.common.storage.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Builds the collector's objects from configuration; one instance of each per application. */
@ApplicationScoped
public class CollectorBeans {

  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(CollectorBeans.class);

  @Inject MetricRegistry metrics;

  @Produces
  @Singleton
  CrashPublisher publisher() {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(Settings.brokerUrl(config));
    config.getOptionalValue(ConfigKeys.BROKER_USER, String.class).ifPresent(factory::setUser);
    config
        .getOptionalValue(ConfigKeys.BROKER_PASSWORD, String.class)
        .ifPresent(factory::setPassword);
    return new JmsCrashPublisher(
        factory,
        config.getValue(ConfigKeys.BROKER_SESSIONS, Integer.class),
        Duration.ofMillis(config.getValue(ConfigKeys.BROKER_RETRY_MS, Long.class)),
        Clock.systemUTC());
  }

  void closePublisher(@Disposes CrashPublisher publisher) {
    if (publisher instanceof JmsCrashPublisher jms) {
      jms.close();
    }
  }

  @Produces
  @Singleton
  Throttler throttler() {
    return Settings.throttler(config, Clock.systemUTC());
  }

  @Produces
  @Singleton
  Outbox outbox(BlobStore store, CrashPublisher publisher) {
    return new Outbox(store, publisher);
  }

  @Produces
  @Singleton
  CollectorMetrics collectorMetrics(Throttler throttler) {
    return new CollectorMetrics(metrics, throttler);
  }

  @Produces
  @Singleton
  CrashSubmission submission(
      BlobStore store,
      CrashPublisher publisher,
      Throttler throttler,
      Outbox outbox,
      CollectorMetrics collectorMetrics) {
    List<SubmissionListener> listeners = new ArrayList<>();
    listeners.add(collectorMetrics);
    if (config.getValue(ConfigKeys.CRASH_LOG, Boolean.class)) {
      listeners.add(new SubmissionLog());
    }
    return new CrashSubmission(
        new CrashReportReader(limits(), spoolDirectory()),
        throttler,
        new RawCrashBuilder(removedAnnotations()),
        new CrashReportStore(store),
        publisher,
        outbox,
        Clock.systemUTC(),
        listeners);
  }

  private PayloadLimits limits() {
    return new PayloadLimits(
        config.getValue(ConfigKeys.MAX_REQUEST_BYTES, Long.class),
        config.getValue(ConfigKeys.MAX_DECOMPRESSED_BYTES, Long.class),
        config.getValue(ConfigKeys.MAX_PARTS, Integer.class),
        config.getValue(ConfigKeys.MAX_ANNOTATIONS, Integer.class),
        config.getValue(ConfigKeys.MAX_ANNOTATION_BYTES, Long.class),
        config.getValue(ConfigKeys.DUMP_MEMORY_BYTES, Long.class));
  }

  private Path spoolDirectory() {
    return Path.of(
        config
            .getOptionalValue(ConfigKeys.SPOOL_DIRECTORY, String.class)
            .orElse(System.getProperty("java.io.tmpdir")));
  }

  private Set<String> removedAnnotations() {
    return config
        .getOptionalValue(ConfigKeys.REMOVED_ANNOTATIONS, String.class)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
