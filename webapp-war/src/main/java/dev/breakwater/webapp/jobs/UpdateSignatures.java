package dev.breakwater.webapp.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.jobs.JobContext;
import dev.breakwater.jobs.ScheduledJob;
import dev.breakwater.webapp.search.ElasticsearchSearchEngine;
import dev.breakwater.webapp.signatures.SignatureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * {@code updatesignatures} (Socorro's updatesignatures): the first date and first build of every
 * signature seen in the crashes processed during the run's period, into the {@code signature} table
 * behind {@code /api/SignatureFirstDate/}. The job backfills, so every period is read once; the
 * period reaches 10 minutes before the previous slot, for crashes indexed late. Crashes without a
 * build ID are left out, as in Socorro.
 */
@ApplicationScoped
public class UpdateSignatures implements ScheduledJob {
  private static final Logger LOG = Logger.getLogger(UpdateSignatures.class.getName());

  static final Duration OVERLAP = Duration.ofMinutes(10);

  @Inject ElasticsearchClient elasticsearch;

  @Inject ElasticsearchSettings search;

  @Inject SignatureRepository signatures;

  @Override
  public String name() {
    return "updatesignatures";
  }

  @Override
  public void run(JobContext run) throws IOException {
    Instant from = run.previousSlot().minus(OVERLAP);
    Instant to = run.slot();
    CompositeBuckets buckets =
        new CompositeBuckets(ElasticsearchSearchEngine.of(elasticsearch), search.indices());
    int[] seen = {0};
    buckets.forEach(
        query(from, to),
        "signatures",
        bucket -> {
          String signature = bucket.path("key").path("signature").asText();
          long build = (long) bucket.path("first_build").path("value").asDouble();
          Instant date = Instant.ofEpochMilli(bucket.path("first_date").path("value").asLong());
          signatures.noteSeen(signature, build, date.atOffset(ZoneOffset.UTC));
          seen[0]++;
        });
    LOG.info(() -> "updatesignatures: %d signature(s) in [%s, %s)".formatted(seen[0], from, to));
  }

  static ObjectNode query(Instant from, Instant to) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("size", 0);
    var filter = body.putObject("query").putObject("bool").putArray("filter");
    filter
        .addObject()
        .putObject("range")
        .putObject("date")
        .put("gte", from.toString())
        .put("lt", to.toString());
    filter.addObject().putObject("exists").put("field", "build_id");
    ObjectNode aggregation = body.putObject("aggs").putObject("signatures");
    aggregation
        .putObject("composite")
        .putArray("sources")
        .addObject()
        .putObject("signature")
        .putObject("terms")
        .put("field", "signature." + SearchField.FULL);
    ObjectNode minimums = aggregation.putObject("aggs");
    minimums.putObject("first_date").putObject("min").put("field", "date");
    minimums.putObject("first_build").putObject("min").put("field", "build_id");
    return body;
  }
}
