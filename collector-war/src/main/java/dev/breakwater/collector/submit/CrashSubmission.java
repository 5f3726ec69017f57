package dev.breakwater.collector.submit;

import dev.breakwater.collector.log.Logs;
import dev.breakwater.collector.payload.CrashReport;
import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.DumpBuffer;
import dev.breakwater.collector.payload.IncompleteRequestException;
import dev.breakwater.collector.payload.MalformedCrashReportException;
import dev.breakwater.collector.payload.PayloadTooLargeException;
import dev.breakwater.collector.payload.RequestHead;
import dev.breakwater.collector.publish.CrashPublisher;
import dev.breakwater.collector.publish.Outbox;
import dev.breakwater.collector.publish.PublishException;
import dev.breakwater.collector.store.CrashReportStore;
import dev.breakwater.collector.store.RawCrashBuilder;
import dev.breakwater.collector.throttle.ThrottleDecision;
import dev.breakwater.collector.throttle.ThrottleResult;
import dev.breakwater.collector.throttle.Throttler;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.common.queue.QueueMessage;
import dev.breakwater.common.storage.StorageException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles one crash submission from body to answer: read, throttle, assign the crash ID, store,
 * publish. The crash ID is only answered once the crash is durably stored and either published or
 * recorded in the outbox; anything less answers 503 so the client retries.
 */
public final class CrashSubmission {

  private static final Logger LOG = Logger.getLogger(CrashSubmission.class.getName());

  private final CrashReportReader reader;
  private final Throttler throttler;
  private final RawCrashBuilder rawCrashes;
  private final CrashReportStore store;
  private final CrashPublisher publisher;
  private final Outbox outbox;
  private final Clock clock;
  private final List<SubmissionListener> listeners;

  public CrashSubmission(
      CrashReportReader reader,
      Throttler throttler,
      RawCrashBuilder rawCrashes,
      CrashReportStore store,
      CrashPublisher publisher,
      Outbox outbox,
      Clock clock,
      List<SubmissionListener> listeners) {
    this.reader = reader;
    this.throttler = throttler;
    this.rawCrashes = rawCrashes;
    this.store = store;
    this.publisher = publisher;
    this.outbox = outbox;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  /** Handles a submission and tells the listeners. */
  public SubmissionResult submit(RequestHead head, InputStream body, String userAgent) {
    SubmissionResult result = handle(head, body, userAgent);
    for (SubmissionListener listener : listeners) {
      listener.submitted(result);
    }
    return result;
  }

  private SubmissionResult handle(RequestHead head, InputStream body, String userAgent) {
    Instant received = clock.instant();
    try (CrashReport report = reader.read(head, body)) {
      return handle(report, received, userAgent);
    } catch (MalformedCrashReportException e) {
      return SubmissionResult.malformed(e.reason());
    } catch (PayloadTooLargeException e) {
      return SubmissionResult.tooLarge(e.limit());
    } catch (IncompleteRequestException e) {
      return SubmissionResult.incomplete();
    } catch (UncheckedIOException e) {
      Logs.event(LOG, Level.WARNING, "local dump spool failed", Map.of("error", e.getMessage()));
      return SubmissionResult.failed(Outcome.STORAGE_ERROR);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "crash submission failed unexpectedly", e);
      return SubmissionResult.failed(Outcome.SERVER_ERROR);
    }
  }

  private SubmissionResult handle(CrashReport report, Instant received, String userAgent) {
    ThrottleDecision decision = throttler.decide(report.annotations());
    String crashId = crashIdFor(report, decision.result(), received);
    Outcome outcome =
        switch (decision.result()) {
          case REJECT -> Outcome.REJECTED;
          case FAKEACCEPT -> Outcome.FAKE_ACCEPTED;
          case DEFER -> Outcome.DEFERRED;
          case ACCEPT -> Outcome.ACCEPTED;
        };
    if (outcome == Outcome.REJECTED || outcome == Outcome.FAKE_ACCEPTED) {
      return result(
          outcome, report, decision, outcome == Outcome.REJECTED ? null : crashId, -1, false);
    }
    Map<String, Object> raw =
        rawCrashes.build(report, crashId, decision.ruleName(), received, userAgent);
    long start = System.nanoTime();
    try {
      store.save(crashId, report.dumps(), raw);
    } catch (StorageException e) {
      Logs.event(
          LOG,
          Level.WARNING,
          "storing failed",
          Map.of("crash_id", crashId, "error", e.getMessage()));
      return result(
          Outcome.STORAGE_ERROR, report, decision, null, System.nanoTime() - start, false);
    }
    long saveNanos = System.nanoTime() - start;
    if (outcome == Outcome.DEFERRED) {
      return result(outcome, report, decision, crashId, saveNanos, false);
    }
    return publish(report, decision, crashId, saveNanos);
  }

  private SubmissionResult publish(
      CrashReport report, ThrottleDecision decision, String crashId, long saveNanos) {
    String body = QueueMessage.of(crashId).body();
    try {
      publisher.publish(CrashQueues.STANDARD, body);
      return result(Outcome.ACCEPTED, report, decision, crashId, saveNanos, false);
    } catch (PublishException e) {
      Logs.event(
          LOG,
          Level.WARNING,
          "publishing failed, using the outbox",
          Map.of("crash_id", crashId, "error", e.getMessage()));
    }
    try {
      outbox.add(crashId, CrashQueues.STANDARD, body);
      return result(Outcome.ACCEPTED, report, decision, crashId, saveNanos, true);
    } catch (StorageException e) {
      // Stored but neither published nor in the outbox: the client must not get this crash ID.
      // It retries; the stored copy stays unprocessed, which loses nothing the client knows of.
      Logs.event(
          LOG,
          Level.WARNING,
          "writing the outbox marker failed",
          Map.of("crash_id", crashId, "error", e.getMessage()));
      return result(Outcome.STORAGE_ERROR, report, decision, crashId, saveNanos, false);
    }
  }

  /**
   * A valid {@code uuid} annotation is kept, so that a crash resubmitted from a client's queue or
   * copied from another installation keeps its ID (Antenna does the same); otherwise a new ID
   * carries the throttle digit and today's UTC date. Fake-accepted crashes look accepted.
   */
  private static String crashIdFor(CrashReport report, ThrottleResult result, Instant received) {
    Object given = report.annotations().get("uuid");
    if (given instanceof String id && CrashId.isValid(id)) {
      return id;
    }
    int digit = result == ThrottleResult.DEFER ? CrashId.DEFER : CrashId.ACCEPT;
    return CrashId.create(LocalDate.ofInstant(received, ZoneOffset.UTC), digit);
  }

  private static SubmissionResult result(
      Outcome outcome,
      CrashReport report,
      ThrottleDecision decision,
      String crashId,
      long saveNanos,
      boolean outboxed) {
    Map<String, Long> dumpSizes = new LinkedHashMap<>();
    for (Map.Entry<String, DumpBuffer> dump : report.dumps().entrySet()) {
      dumpSizes.put(dump.getKey(), dump.getValue().length());
    }
    return new SubmissionResult(
        outcome,
        crashId,
        decision.ruleName(),
        null,
        null,
        report.payloadSize(),
        report.compressed(),
        dumpSizes,
        saveNanos,
        outboxed);
  }
}
