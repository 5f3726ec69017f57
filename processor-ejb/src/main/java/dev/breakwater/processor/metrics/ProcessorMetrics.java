package dev.breakwater.processor.metrics;

import dev.breakwater.processor.messaging.CrashQueue;
import dev.breakwater.processor.messaging.MessageOutcome;
import dev.breakwater.processor.pipeline.RuleObserver;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The processor's metrics, served by the server's MicroProfile Metrics endpoint ({@code /metrics},
 * Prometheus format, application scope). Every queue/outcome series is registered at startup so it
 * shows as 0 before it first happens.
 */
public final class ProcessorMetrics implements RuleObserver {

  /** Counter {@code processor_crashes_total{queue,outcome}}: messages by {@link MessageOutcome}. */
  public static final String CRASHES = "processor_crashes";

  /** Timer {@code processor_processing_seconds{queue}}: one crash from message to indexed. */
  public static final String PROCESSING = "processor_processing";

  /** Timer {@code processor_queue_lag_seconds{queue}}: from sending a message to its processing. */
  public static final String QUEUE_LAG = "processor_queue_lag";

  /** Timer {@code processor_rule_seconds{rule}}: time in each processing rule. */
  public static final String RULE_TIME = "processor_rule";

  /** Counter {@code processor_rule_failures_total{rule}}: rules that threw (noted, not fatal). */
  public static final String RULE_FAILURES = "processor_rule_failures";

  /** Timer {@code processor_stackwalk_seconds{status}}: stack walk of one minidump by status. */
  public static final String STACKWALK = "processor_stackwalk";

  /**
   * Counter {@code processor_removed_fields_total}: values the search index refused and dropped.
   */
  public static final String REMOVED_FIELDS = "processor_removed_fields";

  private final MetricRegistry registry;
  private final Map<CrashQueue, Map<MessageOutcome, Counter>> crashes =
      new EnumMap<>(CrashQueue.class);
  private final Map<CrashQueue, Timer> processing = new EnumMap<>(CrashQueue.class);
  private final Map<CrashQueue, Timer> lag = new EnumMap<>(CrashQueue.class);
  private final Map<String, Timer> rules = new ConcurrentHashMap<>();
  private final Map<String, Counter> ruleFailures = new ConcurrentHashMap<>();
  private final Map<String, Timer> stackwalks = new ConcurrentHashMap<>();
  private final Counter removedFields;

  public ProcessorMetrics(MetricRegistry registry) {
    this.registry = registry;
    for (CrashQueue queue : CrashQueue.values()) {
      Map<MessageOutcome, Counter> byOutcome = new EnumMap<>(MessageOutcome.class);
      for (MessageOutcome outcome : MessageOutcome.values()) {
        byOutcome.put(
            outcome,
            registry.counter(
                meta(CRASHES, "Crash messages by queue and outcome", MetricUnits.NONE),
                new Tag("queue", queue.queueName()),
                new Tag("outcome", outcome.code())));
      }
      crashes.put(queue, byOutcome);
      Tag tag = new Tag("queue", queue.queueName());
      processing.put(
          queue,
          registry.timer(meta(PROCESSING, "Time to process one crash", MetricUnits.SECONDS), tag));
      lag.put(
          queue,
          registry.timer(
              meta(QUEUE_LAG, "Time crashes waited in the queue", MetricUnits.SECONDS), tag));
    }
    removedFields =
        registry.counter(
            meta(
                REMOVED_FIELDS,
                "Values dropped because the search index refused them",
                MetricUnits.NONE));
  }

  public void crash(CrashQueue queue, MessageOutcome outcome) {
    crashes.get(queue).get(outcome).inc();
  }

  public void processed(CrashQueue queue, Duration elapsed, int removed) {
    processing.get(queue).update(elapsed);
    removedFields.inc(removed);
  }

  public void queueLag(CrashQueue queue, Duration waited) {
    if (!waited.isNegative()) {
      lag.get(queue).update(waited);
    }
  }

  @Override
  public void ruleFinished(String rule, Duration elapsed, boolean failed) {
    rules
        .computeIfAbsent(
            rule,
            r ->
                registry.timer(
                    meta(RULE_TIME, "Time in each processing rule", MetricUnits.SECONDS),
                    new Tag("rule", r)))
        .update(elapsed);
    if (failed) {
      ruleFailures
          .computeIfAbsent(
              rule,
              r ->
                  registry.counter(
                      meta(RULE_FAILURES, "Processing rules that threw", MetricUnits.NONE),
                      new Tag("rule", r)))
          .inc();
    }
  }

  /**
   * Records one stack walk; the status set is open (the walker's statuses), so series appear on
   * use.
   */
  public void stackWalked(String status, Duration elapsed) {
    stackwalks
        .computeIfAbsent(
            status,
            s ->
                registry.timer(
                    meta(STACKWALK, "Stack walk time per minidump", MetricUnits.SECONDS),
                    new Tag("status", s)))
        .update(elapsed);
  }

  private static Metadata meta(String name, String description, String unit) {
    return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
  }
}
