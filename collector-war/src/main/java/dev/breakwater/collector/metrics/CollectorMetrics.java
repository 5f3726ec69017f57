package dev.breakwater.collector.metrics;

import dev.breakwater.collector.payload.MalformedReason;
import dev.breakwater.collector.payload.PayloadLimit;
import dev.breakwater.collector.submit.Outcome;
import dev.breakwater.collector.submit.SubmissionListener;
import dev.breakwater.collector.submit.SubmissionResult;
import dev.breakwater.collector.throttle.ThrottleRule;
import dev.breakwater.collector.throttle.Throttler;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The collector's metrics, served by the server's MicroProfile Metrics endpoint ({@code /metrics},
 * Prometheus format, application scope). All series are registered at startup so that every rule
 * and reason shows up as 0 before it first happens.
 */
public final class CollectorMetrics implements SubmissionListener {

  /** Counter {@code collector_submissions_total{outcome}}: every request by {@link Outcome}. */
  public static final String SUBMISSIONS = "collector_submissions";

  /** Counter {@code collector_throttle_total{rule}}: throttle decisions by matching rule. */
  public static final String THROTTLE = "collector_throttle";

  /** Counter {@code collector_malformed_total{reason}}: 400 answers by malformed reason. */
  public static final String MALFORMED = "collector_malformed";

  /** Counter {@code collector_too_large_total{limit}}: 413 answers by exceeded limit. */
  public static final String TOO_LARGE = "collector_too_large";

  /** Counter {@code collector_storage_errors_total}: crashes answered 503 (storage failed). */
  public static final String STORAGE_ERRORS = "collector_storage_errors";

  /** Counter {@code collector_outboxed_total}: crashes stored while publishing failed. */
  public static final String OUTBOXED = "collector_outboxed";

  /** Counter {@code collector_gzipped_total}: crash reports sent gzip-compressed. */
  public static final String GZIPPED = "collector_gzipped";

  /** Histogram {@code collector_payload_size_bytes}: multipart size after decompression. */
  public static final String PAYLOAD_BYTES = "collector_payload_size";

  /** Histogram {@code collector_dump_size_bytes}: size of each stored dump. */
  public static final String DUMP_BYTES = "collector_dump_size";

  /**
   * Histogram {@code collector_save_time_microseconds}: time to write dumps, dump names and raw
   * crash.
   */
  public static final String SAVE_TIME = "collector_save_time_microseconds";

  private final MetricRegistry registry;
  private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
  private final Map<MalformedReason, Counter> malformed = new EnumMap<>(MalformedReason.class);
  private final Map<PayloadLimit, Counter> tooLarge = new EnumMap<>(PayloadLimit.class);
  private final Map<String, Counter> rules = new ConcurrentHashMap<>();
  private final Counter outboxed;
  private final Counter gzipped;
  private final Counter storageErrors;
  private final Histogram payloadBytes;
  private final Histogram dumpBytes;
  private final Histogram saveTime;

  public CollectorMetrics(MetricRegistry registry, Throttler throttler) {
    this.registry = registry;
    for (Outcome o : Outcome.values()) {
      outcomes.put(o, counter(SUBMISSIONS, "Crash submissions by outcome", "outcome", o.code()));
    }
    for (MalformedReason r : MalformedReason.values()) {
      malformed.put(r, counter(MALFORMED, "Malformed crash reports by reason", "reason", r.code()));
    }
    for (PayloadLimit l : PayloadLimit.values()) {
      tooLarge.put(l, counter(TOO_LARGE, "Crash reports over a size limit", "limit", l.code()));
    }
    for (ThrottleRule rule : throttler.rules()) {
      rule(rule.name());
    }
    rule(Throttler.NO_MATCH);
    outboxed = registry.counter(meta(OUTBOXED, "Crashes left in the outbox", MetricUnits.NONE));
    gzipped = registry.counter(meta(GZIPPED, "Gzip-compressed crash reports", MetricUnits.NONE));
    storageErrors =
        registry.counter(
            meta(STORAGE_ERRORS, "Crashes refused for storage errors", MetricUnits.NONE));
    payloadBytes =
        registry.histogram(
            meta(PAYLOAD_BYTES, "Crash report size (decompressed)", MetricUnits.BYTES));
    dumpBytes = registry.histogram(meta(DUMP_BYTES, "Stored dump size", MetricUnits.BYTES));
    // A unitless histogram of microseconds: the server's Prometheus output scales Timer
    // quantiles and histogram sums of time units inconsistently (nanoseconds or microseconds
    // under a _seconds name).
    saveTime =
        registry.histogram(
            meta(SAVE_TIME, "Time to store a crash (microseconds)", MetricUnits.NONE));
  }

  private Counter counter(String name, String description, String tag, String value) {
    return registry.counter(meta(name, description, MetricUnits.NONE), new Tag(tag, value));
  }

  private Counter rule(String name) {
    return rules.computeIfAbsent(
        name, n -> counter(THROTTLE, "Throttle decisions by matching rule", "rule", n));
  }

  private static Metadata meta(String name, String description, String unit) {
    return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
  }

  @Override
  public void submitted(SubmissionResult result) {
    outcomes.get(result.outcome()).inc();
    switch (result.outcome()) {
      case MALFORMED -> malformed.get(result.malformedReason()).inc();
      case TOO_LARGE -> tooLarge.get(result.limit()).inc();
      case STORAGE_ERROR -> storageErrors.inc();
      default -> {}
    }
    if (result.throttleRule() != null) {
      rule(result.throttleRule()).inc();
    }
    if (result.payloadSize() >= 0) {
      payloadBytes.update(result.payloadSize());
    }
    if (result.compressed()) {
      gzipped.inc();
    }
    if (result.outboxed()) {
      outboxed.inc();
    }
    if (result.outcome() == Outcome.ACCEPTED || result.outcome() == Outcome.DEFERRED) {
      result.dumpSizes().values().forEach(dumpBytes::update);
      saveTime.update(result.saveNanos() / 1000);
    }
  }
}
