package dev.breakwater.webapp.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.storage.CorruptCrashException;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.jobs.Durations;
import dev.breakwater.jobs.JobContext;
import dev.breakwater.jobs.ScheduledJob;
import dev.breakwater.webapp.messaging.BrokerMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * {@code verifyprocessed}, the self-healing job (Socorro's verifyprocessed and updatemissing): for
 * each checked day it lists the raw crashes in S3 and looks for each one's processed crash and
 * search document. A crash that lacks either (its queue message was lost, or processing failed for
 * good) is recorded in {@code missing_processed_crash} and queued on {@code crashes.reprocessing};
 * each run first marks the recorded crashes that have been processed since.
 *
 * <p>Crashes the collector deferred (throttle digit 1) are stored but never queued, so they are not
 * missing. A crash stored less than {@code breakwater.jobs.verifyprocessed.min-age} ago is skipped:
 * it is most likely still on its queue, and the next run looks again.
 */
@ApplicationScoped
public class VerifyProcessed implements ScheduledJob {
  private static final Logger LOG = Logger.getLogger(VerifyProcessed.class.getName());

  /** Days checked per run: the slot's day and those before it. */
  public static final String DAYS = "breakwater.jobs.verifyprocessed.days";

  /** Age below which a raw crash is not reported missing. */
  public static final String MIN_AGE = "breakwater.jobs.verifyprocessed.min-age";

  /** Crash IDs per S3 listing page and per search. */
  static final int PAGE = 500;

  /** Recorded crashes re-checked per run. */
  static final int RECHECKED = 10_000;

  @Inject StoredCrashes crashes;

  @Inject ElasticsearchClient elasticsearch;

  @Inject ElasticsearchSettings search;

  @Inject BrokerMessages messages;

  @Inject MissingCrashes missing;

  @Override
  public String name() {
    return "verifyprocessed";
  }

  @Override
  public void run(JobContext run) throws IOException {
    Config config = ApplicationConfig.of(VerifyProcessed.class);
    int days = config.getOptionalValue(DAYS, Integer.class).orElse(2);
    Duration minAge = Durations.parse(config.getOptionalValue(MIN_AGE, String.class).orElse("1h"));
    CrashChecks checks = new CrashChecks(crashes, elasticsearch, search.indices());
    int healed = markHealed(checks);
    LocalDate last = run.slot().atOffset(ZoneOffset.UTC).toLocalDate();
    int found = 0;
    for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
      found += verifyDay(checks, day, run.now().minus(minAge));
    }
    int reported = found;
    LOG.info(
        () ->
            "verifyprocessed: %d missing processed crash(es) queued for reprocessing, %d healed"
                .formatted(reported, healed));
  }

  /** Marks the recorded crashes that are processed and indexed now; returns how many. */
  private int markHealed(CrashChecks checks) throws IOException {
    List<String> recorded = missing.unprocessed(RECHECKED);
    List<String> healed = new ArrayList<>();
    for (int from = 0; from < recorded.size(); from += PAGE) {
      List<String> page = recorded.subList(from, Math.min(recorded.size(), from + PAGE));
      List<String> unfinished = checks.unfinished(page);
      page.stream().filter(id -> !unfinished.contains(id)).forEach(healed::add);
    }
    missing.markProcessed(healed);
    return healed.size();
  }

  /** Checks one day's raw crashes; returns how many were missing and queued again. */
  private int verifyDay(CrashChecks checks, LocalDate day, Instant storedBefore)
      throws IOException {
    int found = 0;
    String after = "";
    List<String> page;
    do {
      page = crashes.rawCrashIds(day, after, PAGE);
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1);
      }
      List<String> queued =
          page.stream().filter(id -> CrashId.throttleDigitOf(id) != CrashId.DEFER).toList();
      List<String> lost =
          checks.unfinished(queued).stream().filter(id -> storedBefore(id, storedBefore)).toList();
      if (!lost.isEmpty()) {
        missing.record(lost);
        messages.toQueue(CrashQueues.REPROCESSING, lost);
        LOG.warning(() -> "verifyprocessed: " + day + ": queued again " + lost);
        found += lost.size();
      }
    } while (page.size() == PAGE);
    return found;
  }

  /**
   * Whether the collector stored the crash before {@code instant} ({@code submitted_timestamp}); a
   * raw crash without a readable one counts as old.
   */
  private boolean storedBefore(String crashId, Instant instant) {
    try {
      String submitted =
          crashes
              .rawCrash(crashId)
              .map(raw -> raw.path("submitted_timestamp").asText(""))
              .orElse("");
      return submitted.isEmpty() || OffsetDateTime.parse(submitted).toInstant().isBefore(instant);
    } catch (DateTimeParseException | CorruptCrashException e) {
      return true; // the processor will note what is wrong with it
    }
  }
}
