package dev.breakwater.collector.submit;

import dev.breakwater.collector.payload.MalformedReason;
import dev.breakwater.collector.payload.PayloadLimit;
import java.util.Map;

/**
 * The result of one submission with what metrics and logs need. Never holds annotation values.
 *
 * @param outcome what happened
 * @param crashId the crash ID (answered unless the outcome is a storage error) or null
 * @param throttleRule the rule that decided, or null when not throttled
 * @param malformedReason for {@link Outcome#MALFORMED}
 * @param limit for {@link Outcome#TOO_LARGE}
 * @param payloadSize multipart bytes after decompression, or -1
 * @param compressed whether the body was gzip
 * @param dumpSizes bytes per stored dump
 * @param saveNanos time spent writing to storage, or -1
 * @param outboxed whether publishing failed and the crash waits in the outbox
 */
public record SubmissionResult(
    Outcome outcome,
    String crashId,
    String throttleRule,
    MalformedReason malformedReason,
    PayloadLimit limit,
    long payloadSize,
    boolean compressed,
    Map<String, Long> dumpSizes,
    long saveNanos,
    boolean outboxed) {

  static SubmissionResult malformed(MalformedReason reason) {
    return new SubmissionResult(
        Outcome.MALFORMED, null, null, reason, null, -1, false, Map.of(), -1, false);
  }

  static SubmissionResult tooLarge(PayloadLimit limit) {
    return new SubmissionResult(
        Outcome.TOO_LARGE, null, null, null, limit, -1, false, Map.of(), -1, false);
  }

  static SubmissionResult failed(Outcome outcome) {
    return new SubmissionResult(outcome, null, null, null, null, -1, false, Map.of(), -1, false);
  }

  static SubmissionResult incomplete() {
    return new SubmissionResult(
        Outcome.INCOMPLETE, null, null, null, null, -1, false, Map.of(), -1, false);
  }
}
