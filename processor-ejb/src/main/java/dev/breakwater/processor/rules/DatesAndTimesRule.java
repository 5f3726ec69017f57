package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.Pipeline;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates and durations: {@code date_processed} (= the collector's submitted timestamp, which decides
 * the search index), {@code crash_time} and {@code client_crash_date} (the client's clock, {@code
 * CrashTime}), {@code uptime} (crash time minus {@code StartupTime}, else the dump's process
 * uptime) and {@code install_age} (crash time minus {@code InstallTime}).
 *
 * <p>folklore: the crash ID's date and the submitted timestamp can disagree (a crash received just
 * before midnight and stored after it, or a crash ID minted by another collector's clock); the
 * submitted timestamp wins and the crash is processed normally. Covered by DatesAndTimesRuleTest.
 */
public final class DatesAndTimesRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    ObjectNode processed = report.processedCrash();
    Instant submitted = submittedTimestamp(report);
    String submittedText = Pipeline.format(submitted);
    processed.put("submitted_timestamp", submittedText);
    processed.put("date_processed", submittedText);

    long submittedEpoch = submitted.getEpochSecond();
    long crashTime = crashTime(report).orElse(submittedEpoch);
    if (crashTime == submittedEpoch) {
      report.addNote("client_crash_date is unknown");
    }
    processed.put("crash_time", crashTime);
    processed.put("client_crash_date", Pipeline.format(Instant.ofEpochSecond(crashTime)));

    Optional<Long> startup = JsonPaths.integer(processed, "/startup_time");
    long uptime =
        startup
            .map(s -> crashTime - s)
            .or(() -> JsonPaths.integer(processed, "/json_dump/process_uptime"))
            .orElse(0L);
    processed.put("uptime", Math.max(0, uptime));
    long installTime =
        JsonPaths.integer(processed, "/install_time").orElse(startup.orElse(crashTime));
    processed.put("install_age", crashTime - installTime);
  }

  /**
   * The collector always sets it; if a raw crash lacks it, the crash ID's date is the best guess.
   */
  private static Instant submittedTimestamp(ProcessingCrash report) {
    String text = report.rawCrash().path("submitted_timestamp").asText("");
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      report.addNote("submitted_timestamp is missing or malformed; using the crash ID's date");
      return crashIdDate(report.crashId());
    }
  }

  private static Instant crashIdDate(String crashId) {
    String yymmdd = crashId.substring(crashId.length() - 6);
    return Instant.parse(
        "20%s-%s-%sT00:00:00Z"
            .formatted(yymmdd.substring(0, 2), yymmdd.substring(2, 4), yymmdd.substring(4)));
  }

  private static Optional<Long> crashTime(ProcessingCrash report) {
    String text = JsonPaths.text(report.rawCrash(), "/CrashTime", null);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      report.addNote("non-integer value of \"CrashTime\"");
      return Optional.empty();
    }
  }
}
