package dev.breakwater.webapp.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.crash.search.CrashIndexCreator;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.jobs.JobContext;
import dev.breakwater.jobs.ScheduledJob;
import dev.breakwater.webapp.search.ElasticsearchSearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code esclean} (Socorro's esclean): deletes the weekly crash indices whose whole week is past
 * the retention period, and creates next week's index ahead of time with the registry's mapping, so
 * the first crash of the week is not the one that waits for it.
 */
@ApplicationScoped
public class CleanCrashIndices implements ScheduledJob {
  private static final Logger LOG = Logger.getLogger(CleanCrashIndices.class.getName());

  /** Weeks of crash indices kept. */
  public static final String RETENTION_WEEKS = "breakwater.jobs.esclean.retention-weeks";

  /** Only names the indexer gives: the prefix and a Monday's date. */
  private static final Pattern WEEKLY = Pattern.compile("\\d{8}");

  @Inject ElasticsearchClient elasticsearch;

  @Inject ElasticsearchSettings search;

  @Inject SearchFields fields;

  @Override
  public String name() {
    return "esclean";
  }

  @Override
  public void run(JobContext run) throws IOException {
    int weeks =
        ApplicationConfig.of(CleanCrashIndices.class)
            .getOptionalValue(RETENTION_WEEKS, Integer.class)
            .orElse(26);
    if (weeks < 1) {
      throw new IllegalStateException(RETENTION_WEEKS + " must be at least 1, not " + weeks);
    }
    CrashIndices indices = search.indices();
    for (String index : expired(indices, run.now(), weeks)) {
      elasticsearch.indices().delete(d -> d.index(index));
      LOG.info(() -> "esclean: deleted crash index " + index + " (older than " + weeks + " weeks)");
    }
    String next = indices.indexFor(run.now().plus(Duration.ofDays(7)));
    new CrashIndexCreator(elasticsearch, fields, search.index()).create(next);
  }

  /**
   * The existing weekly indices that end before the oldest kept week: with {@code weeks} kept, this
   * week and the {@code weeks - 1} before it stay.
   */
  private List<String> expired(CrashIndices indices, Instant now, int weeks) throws IOException {
    String oldestKept = indices.indexFor(now.minus(Duration.ofDays(7L * (weeks - 1))));
    return ElasticsearchSearchEngine.of(elasticsearch).existingIndices(indices.wildcard()).stream()
        .filter(name -> WEEKLY.matcher(name.substring(indices.prefix().length())).matches())
        .filter(name -> name.compareTo(oldestKept) < 0)
        .sorted()
        .toList();
  }
}
