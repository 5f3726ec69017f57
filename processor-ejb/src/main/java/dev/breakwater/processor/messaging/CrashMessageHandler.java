package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.QueueMessage;
import dev.breakwater.crash.storage.CorruptCrashException;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.application.MissingRawCrashException;
import dev.breakwater.processor.application.PriorityGate;
import dev.breakwater.processor.application.ProcessingResult;
import dev.breakwater.processor.config.ProcessorConfigKeys;
import dev.breakwater.processor.log.CrashLog;
import dev.breakwater.processor.metrics.ProcessorMetrics;
import dev.breakwater.processor.pipeline.Rulesets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns one crash queue message into a processed crash, or decides what else becomes of it (see
 * {@link MessageOutcome}). Runs inside the message's XA transaction: returning normally
 * acknowledges the message, {@link #rollBack} has the broker redeliver it after its delay, and
 * after the broker's max-delivery-attempts it lands in {@code crashes.dlq}. Failures that another
 * try cannot fix (unparseable body, corrupt crash) are dead-lettered at once instead.
 */
@ApplicationScoped
public class CrashMessageHandler {
  /** Body of a queue liveness probe, dropped (as Socorro's processor does). */
  static final String TEST_BODY = "test";

  @Inject CrashProcessor processor;
  @Inject ProcessorMetrics metrics;
  @Inject DeadLetters deadLetters;
  @Inject PriorityGate priorityGate;

  @Inject
  @ConfigProperty(name = ProcessorConfigKeys.MISSING_RAW_CRASH_DELIVERIES)
  int missingRawCrashDeliveries;

  @Inject
  @ConfigProperty(name = ProcessorConfigKeys.PRIORITY_YIELD_MS)
  long priorityYieldMs;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transaction;

  public void handle(Message message, CrashQueue queue) {
    String body = body(message);
    if (body != null && body.strip().equals(TEST_BODY)) {
      finish(queue, MessageOutcome.TEST_DROPPED, null, null);
      return;
    }
    QueueMessage parsed;
    try {
      parsed = QueueMessage.parse(body);
    } catch (IllegalArgumentException e) {
      deadLetter(message, body, queue, MessageOutcome.UNPARSEABLE, null, e);
      return;
    }
    String ruleset = parsed.ruleset().orElse(Rulesets.DEFAULT);
    if (!processor.knowsRuleset(ruleset)) {
      deadLetter(message, body, queue, MessageOutcome.UNKNOWN_RULESET, parsed.crashId(), null);
      return;
    }
    metrics.queueLag(queue, lag(message));
    if (queue == CrashQueue.PRIORITY) {
      priorityGate.enter();
      try {
        process(message, queue, parsed.crashId(), ruleset);
      } finally {
        priorityGate.leave();
      }
    } else {
      yieldToPriority();
      process(message, queue, parsed.crashId(), ruleset);
    }
  }

  private void process(Message message, CrashQueue queue, String crashId, String ruleset) {
    long start = System.nanoTime();
    try {
      ProcessingResult result =
          processor.process(crashId, ruleset, queue == CrashQueue.REPROCESSING);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      String removed = result.indexed().removedFields();
      metrics.processed(queue, elapsed, removed.isEmpty() ? 0 : removed.split(" ").length);
      finish(
          queue,
          MessageOutcome.PROCESSED,
          crashId,
          null,
          "ruleset",
          result.ruleset(),
          "signature",
          result.signature(),
          "index",
          result.indexed().index(),
          "removed_fields",
          removed.isEmpty() ? null : removed,
          "fetch_ms",
          result.fetchTime().toMillis(),
          "pipeline_ms",
          result.pipelineTime().toMillis(),
          "save_ms",
          result.saveTime().toMillis(),
          "index_ms",
          result.indexTime().toMillis(),
          "total_ms",
          elapsed.toMillis());
    } catch (MissingRawCrashException e) {
      missingRawCrash(message, queue, crashId, ruleset);
    } catch (CorruptCrashException e) {
      deadLetter(message, crashId + ":" + ruleset, queue, MessageOutcome.CORRUPT_CRASH, crashId, e);
    } catch (Exception e) {
      rollBack();
      finish(queue, MessageOutcome.FAILED, crashId, e, "delivery", deliveryCount(message));
    }
  }

  private void missingRawCrash(Message message, CrashQueue queue, String crashId, String ruleset) {
    int delivery = deliveryCount(message);
    if (delivery < missingRawCrashDeliveries) {
      rollBack();
      finish(queue, MessageOutcome.MISSING_RAW_CRASH_RETRIED, crashId, null, "delivery", delivery);
    } else {
      deadLetter(
          message, crashId + ":" + ruleset, queue, MessageOutcome.MISSING_RAW_CRASH, crashId, null);
    }
  }

  private void deadLetter(
      Message message,
      String body,
      CrashQueue queue,
      MessageOutcome outcome,
      String crashId,
      Exception e) {
    deadLetters.send(message, body, crashId, queue, outcome);
    finish(queue, outcome, crashId, e, "body", crashId == null ? abbreviate(body) : null);
  }

  private void finish(
      CrashQueue queue, MessageOutcome outcome, String crashId, Exception e, Object... fields) {
    metrics.crash(queue, outcome);
    Level level =
        switch (outcome) {
          case PROCESSED, TEST_DROPPED, MISSING_RAW_CRASH_RETRIED -> Level.INFO;
          default -> Level.WARNING;
        };
    Object[] all = new Object[fields.length + 6];
    all[0] = "crash_id";
    all[1] = crashId;
    all[2] = "queue";
    all[3] = queue.queueName();
    all[4] = "outcome";
    all[5] = outcome.code();
    System.arraycopy(fields, 0, all, 6, fields.length);
    CrashLog.log(level, "crash message", e, all);
  }

  /** Lets priority crashes in progress finish first (bounded, see {@link PriorityGate}). */
  private void yieldToPriority() {
    try {
      priorityGate.awaitIdle(Duration.ofMillis(priorityYieldMs));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rollBack() {
    transaction.setRollbackOnly();
  }

  private static String body(Message message) {
    try {
      return message instanceof TextMessage text ? text.getText() : null;
    } catch (JMSException e) {
      return null;
    }
  }

  private static int deliveryCount(Message message) {
    try {
      return message.getIntProperty("JMSXDeliveryCount");
    } catch (JMSException | NumberFormatException e) {
      return 1;
    }
  }

  private static Duration lag(Message message) {
    try {
      long sent = message.getJMSTimestamp();
      return sent > 0 ? Duration.between(Instant.ofEpochMilli(sent), Instant.now()) : Duration.ZERO;
    } catch (JMSException e) {
      return Duration.ZERO;
    }
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return null;
    }
    return body.length() <= 100 ? body : body.substring(0, 100) + "...";
  }
}
