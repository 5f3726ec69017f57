package dev.breakwater.collector.log;

import dev.breakwater.collector.submit.Outcome;
import dev.breakwater.collector.submit.SubmissionListener;
import dev.breakwater.collector.submit.SubmissionResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per submission with the crash ID and what happened to it, never an annotation value
 * (they may hold personal data): operators follow a crash from the client's CrashID to storage and
 * queue with it.
 */
public final class SubmissionLog implements SubmissionListener {

  /** Logger of submission lines (under {@link Logs#ROOT}, whose handler writes JSON lines). */
  public static final String LOGGER = "dev.breakwater.collector.submissions";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  @Override
  public void submitted(SubmissionResult result) {
    Level level = result.outcome() == Outcome.STORAGE_ERROR ? Level.WARNING : Level.INFO;
    if (!LOG.isLoggable(level)) {
      return;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (result.crashId() != null) {
      fields.put("crash_id", result.crashId());
    }
    fields.put("outcome", result.outcome().code());
    if (result.throttleRule() != null) {
      fields.put("throttle_rule", result.throttleRule());
    }
    if (result.malformedReason() != null) {
      fields.put("reason", result.malformedReason().code());
    }
    if (result.limit() != null) {
      fields.put("limit", result.limit().code());
    }
    if (result.payloadSize() >= 0) {
      fields.put("payload_size", result.payloadSize());
      fields.put("compressed", result.compressed());
      fields.put("dumps", result.dumpSizes());
    }
    if (result.saveNanos() >= 0) {
      fields.put("save_ms", result.saveNanos() / 1_000_000.0);
    }
    if (result.outboxed()) {
      fields.put("outboxed", true);
    }
    Logs.event(LOG, level, "crash submission", fields);
  }
}
