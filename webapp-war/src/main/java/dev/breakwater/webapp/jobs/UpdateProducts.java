package dev.breakwater.webapp.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.jobs.JobContext;
import dev.breakwater.jobs.ScheduledJob;
import dev.breakwater.webapp.products.ProductVersions;
import dev.breakwater.webapp.search.ElasticsearchSearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * {@code products}: every product, release channel, version and build seen in the crashes of the
 * last {@code breakwater.jobs.products.days} days, with when it was first seen, into {@code
 * product_version} (the VersionString API and the product pages). Breakwater learns versions from
 * the crashes themselves, where Socorro scraped Mozilla's release archive.
 */
@ApplicationScoped
public class UpdateProducts implements ScheduledJob {
  private static final Logger LOG = Logger.getLogger(UpdateProducts.class.getName());

  /** Days of crashes aggregated per run. */
  public static final String DAYS = "breakwater.jobs.products.days";

  @Inject ElasticsearchClient elasticsearch;

  @Inject ElasticsearchSettings search;

  @Inject ProductVersions versions;

  @Override
  public String name() {
    return "products";
  }

  @Override
  public void run(JobContext run) throws IOException {
    int days =
        ApplicationConfig.of(UpdateProducts.class).getOptionalValue(DAYS, Integer.class).orElse(7);
    Instant from = run.now().minus(Duration.ofDays(days));
    CompositeBuckets buckets =
        new CompositeBuckets(ElasticsearchSearchEngine.of(elasticsearch), search.indices());
    int[] seen = {0};
    buckets.forEach(
        query(from, run.now()),
        "versions",
        bucket -> {
          JsonNode key = bucket.path("key");
          Instant first = Instant.ofEpochMilli(bucket.path("first_seen").path("value").asLong());
          versions.noteSeen(
              key.path("product").asText(),
              key.path("channel").asText(),
              Long.toString(key.path("build").asLong()),
              key.path("version").asText(),
              first.atOffset(ZoneOffset.UTC));
          seen[0]++;
        });
    LOG.info(() -> "products: %d product version(s) since %s".formatted(seen[0], from));
  }

  static ObjectNode query(Instant from, Instant to) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("size", 0);
    body.putObject("query")
        .putObject("range")
        .putObject("date")
        .put("gte", from.toString())
        .put("lt", to.toString());
    ObjectNode aggregation = body.putObject("aggs").putObject("versions");
    ArrayNode sources = aggregation.putObject("composite").putArray("sources");
    source(sources, "product", "product." + SearchField.FULL);
    source(sources, "channel", "release_channel");
    source(sources, "version", "version");
    source(sources, "build", "build_id");
    aggregation.putObject("aggs").putObject("first_seen").putObject("min").put("field", "date");
    return body;
  }

  private static void source(ArrayNode sources, String name, String field) {
    sources.addObject().putObject(name).putObject("terms").put("field", field);
  }
}
