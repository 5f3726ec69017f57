package dev.breakwater.processor.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a ruleset over a crash report. Every rule whose predicate holds runs in order; a rule that
 * throws adds a public note naming the rule (never the exception's message, which may carry
 * protected data) and processing goes on. The notes of an earlier processing move to {@code
 * processor_history}. Thread-safe: rules keep no per-crash state.
 */
public final class Pipeline {
  private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());

  /** Signature a crash keeps when signature generation never ran or failed. */
  public static final String FAILED_SIGNATURE = "EMPTY: crash failed to process";

  private final Rulesets rulesets;
  private final String hostname;
  private final Clock clock;
  private final RuleObserver observer;

  public Pipeline(Rulesets rulesets, String hostname, Clock clock, RuleObserver observer) {
    this.rulesets = rulesets;
    this.hostname = hostname;
    this.clock = clock;
    this.observer = observer;
  }

  public Rulesets rulesets() {
    return rulesets;
  }

  /**
   * Processes the crash report with the named ruleset, filling in its processed crash.
   *
   * @throws IllegalArgumentException if there is no such ruleset
   */
  public ObjectNode process(String rulesetName, ProcessingCrash report) {
    Ruleset ruleset =
        rulesets
            .get(rulesetName)
            .orElseThrow(() -> new IllegalArgumentException("no ruleset " + rulesetName));
    ObjectNode processed = report.processedCrash();
    Instant started = clock.instant();
    String previousNotes = processed.path("processor_notes").asText("");
    processed.put("started_datetime", format(started));
    processed.put("signature", FAILED_SIGNATURE);
    report.addNote(
        ">>> Start processing: %s (%s) ruleset %s"
            .formatted(format(started), hostname, rulesetName));
    for (ProcessingRule rule : ruleset.rules()) {
      apply(rule, ruleset, report);
    }
    moveToHistory(processed, previousNotes);
    processed.put("processor_notes", report.notes().joined());
    processed.put("completed_datetime", format(clock.instant()));
    return processed;
  }

  private void apply(ProcessingRule rule, Ruleset ruleset, ProcessingCrash report) {
    long start = System.nanoTime();
    boolean failed = false;
    try {
      if (rule.predicate(report)) {
        rule.action(report);
      }
    } catch (Exception e) {
      failed = true;
      LOG.log(
          Level.WARNING,
          e,
          () -> "crash_id=%s rule %s failed".formatted(report.crashId(), rule.name()));
      report.addNote(
          "ruleset '%s' rule '%s' failed: %s"
              .formatted(ruleset.name(), rule.name(), e.getClass().getSimpleName()));
    } finally {
      observer.ruleFinished(rule.name(), Duration.ofNanos(System.nanoTime() - start), failed);
    }
  }

  private static void moveToHistory(ObjectNode processed, String previousNotes) {
    JsonNode existing = processed.get("processor_history");
    ArrayNode history = processed.arrayNode();
    if (!previousNotes.isEmpty()) {
      history.add(previousNotes);
    }
    if (existing != null && existing.isArray()) {
      history.addAll((ArrayNode) existing);
    }
    processed.set("processor_history", history);
  }

  /** ISO-8601 UTC with microseconds, the form every date in a processed crash uses. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
  }
}
