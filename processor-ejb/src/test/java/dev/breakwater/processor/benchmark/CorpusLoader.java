package dev.breakwater.processor.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.IndexSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.processor.search.CrashDocumentBuilder;
import dev.breakwater.processor.search.CrashIndexer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Loads the benchmark's crashes into an Elasticsearch cluster: {@code documents} processed crashes
 * over the {@code days} before now, into the weekly crash indices, created by the processor's
 * {@link CrashIndexer} with the registry's mapping and the default index settings, as production
 * has them. Bulk requests go out {@code concurrency} at a time.
 *
 * <p>A load that was interrupted resumes where it stopped (same crashes, same end date); a complete
 * one is left alone. A corpus with other parameters replaces the crash indices.
 *
 * <pre>java ... CorpusLoader http://127.0.0.1:9202 [documents] [days] [concurrency]</pre>
 */
public final class CorpusLoader {
  static final long SEED = 20_251_202L;
  static final int BATCH = 2_000;

  private final RestClient rest;
  private final ElasticsearchClient client;
  private final CrashIndices indices;
  private final IndexSettings settings;

  private CorpusLoader(RestClient rest, Properties defaults) {
    this.rest = rest;
    this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    this.indices = new CrashIndices(defaults.getProperty(ElasticsearchSettings.INDEX_PREFIX));
    this.settings =
        new IndexSettings(
            Integer.parseInt(defaults.getProperty(ElasticsearchSettings.SHARDS)),
            Integer.parseInt(defaults.getProperty(ElasticsearchSettings.REPLICAS)),
            defaults.getProperty(ElasticsearchSettings.REFRESH_INTERVAL));
  }

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:9202";
    long documents = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int days = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    try (RestClient rest =
        RestClient.builder(HttpHost.create(url))
            .setRequestConfigCallback(r -> r.setConnectTimeout(10_000).setSocketTimeout(300_000))
            .build()) {
      new CorpusLoader(rest, elasticsearchDefaults()).load(documents, days, concurrency);
    }
  }

  private void load(long documents, int days, int concurrency) throws Exception {
    var existing = CorpusMarker.read(rest).filter(m -> m.sameCorpus(SEED, documents, days));
    long batches = (documents + BATCH - 1) / BATCH;
    if (existing.isPresent() && existing.get().doneBelow() >= batches) {
      if (CorpusReport.count(rest, indices) == documents) {
        System.out.printf(
            "corpus already loaded: %,d crashes over %d days ending %s%n",
            documents, days, existing.get().end());
        return;
      }
      existing = Optional.empty(); // its indices were deleted since
    }
    CorpusMarker marker;
    if (existing.isPresent()) {
      marker = existing.get();
      System.out.printf("resuming the load at crash %,d%n", marker.doneBelow() * BATCH);
    } else {
      deleteCrashIndices();
      Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      marker = new CorpusMarker(SEED, documents, days, end, 0);
      marker.write(rest);
      System.out.printf("loading %,d crashes over the %d days before %s%n", documents, days, end);
    }
    List<String> weeks = createIndices(marker);
    setRefreshInterval(weeks, "-1"); // no refreshes while loading; production's value afterwards
    GeneratedCrashes crashes = new GeneratedCrashes(SEED, marker.end(), days);
    BulkWriter writer =
        new BulkWriter(rest, crashes, new CrashDocumentBuilder(SearchFields.load()), indices);
    new BatchRun(writer, rest, marker, BATCH, concurrency).run();
    setRefreshInterval(weeks, settings.refreshInterval());
    rest.performRequest(new Request("POST", "/" + indices.wildcard() + "/_refresh"));
    CorpusReport.print(rest, indices, documents);
  }

  /** Each week's index, made as the processor makes it when a crash first falls into it. */
  private List<String> createIndices(CorpusMarker marker) throws IOException {
    CrashIndexer indexer = new CrashIndexer(client, SearchFields.load(), indices, settings);
    Instant start = marker.end().minus(Duration.ofDays(marker.days()));
    for (Instant day = start; !day.isAfter(marker.end()); day = day.plus(Duration.ofDays(1))) {
      indexer.warmUp(day);
    }
    indexer.warmUp(marker.end());
    return indices.indicesBetween(start, marker.end());
  }

  private void setRefreshInterval(List<String> weeks, String interval) throws IOException {
    Request request = new Request("PUT", "/" + String.join(",", weeks) + "/_settings");
    request.setJsonEntity("{\"index\":{\"refresh_interval\":\"" + interval + "\"}}");
    rest.performRequest(request);
  }

  private void deleteCrashIndices() throws IOException {
    Request resolve = new Request("GET", "/_resolve/index/" + indices.wildcard());
    var names = new ObjectMapper().readTree(rest.performRequest(resolve).getEntity().getContent());
    for (var index : names.path("indices")) {
      String name = index.path("name").asText();
      System.out.println("deleting " + name + " (another corpus)");
      rest.performRequest(new Request("DELETE", "/" + name));
    }
  }

  /** The defaults every component reads for {@code breakwater.elasticsearch.*} (crash-model's). */
  private static Properties elasticsearchDefaults() throws IOException {
    String resource = "META-INF/microprofile-config.properties";
    for (URL url : Collections.list(CorpusLoader.class.getClassLoader().getResources(resource))) {
      Properties properties = new Properties();
      try (InputStream in = url.openStream()) {
        properties.load(in);
      }
      if (properties.containsKey(ElasticsearchSettings.INDEX_PREFIX)) {
        return properties;
      }
    }
    throw new IllegalStateException("no " + resource + " declares the Elasticsearch settings");
  }
}
