package dev.breakwater.crash.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.time.Duration;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.Config;
import org.elasticsearch.client.RestClient;

/**
 * How every component reaches Elasticsearch and names and creates its crash indices. Defaults and
 * their descriptions are in this module's {@code META-INF/microprofile-config.properties}.
 *
 * @param url base URL of the cluster
 * @param timeout time limit of one request (connect and read)
 * @param indices names of the weekly crash indices
 * @param index settings of newly created crash indices
 */
public record ElasticsearchSettings(
    URI url, Duration timeout, CrashIndices indices, IndexSettings index) {

  /** Base URL of the Elasticsearch cluster. */
  public static final String URL = "breakwater.elasticsearch.url";

  /** Time limit of one Elasticsearch request in milliseconds. */
  public static final String TIMEOUT_MS = "breakwater.elasticsearch.timeout-ms";

  /** Prefix of the weekly crash index names. */
  public static final String INDEX_PREFIX = "breakwater.elasticsearch.index-prefix";

  /** Primary shards of each new weekly index. */
  public static final String SHARDS = "breakwater.elasticsearch.shards";

  /** Replicas of each new weekly index (0 on a single node). */
  public static final String REPLICAS = "breakwater.elasticsearch.replicas";

  /** How soon an indexed crash becomes searchable (Elasticsearch refresh interval). */
  public static final String REFRESH_INTERVAL = "breakwater.elasticsearch.refresh-interval";

  /**
   * The settings under {@code breakwater.elasticsearch.*}.
   *
   * @throws IllegalStateException naming the key family when a value is invalid
   */
  public static ElasticsearchSettings from(Config config) {
    try {
      return new ElasticsearchSettings(
          URI.create(config.getValue(URL, String.class)),
          Duration.ofMillis(config.getValue(TIMEOUT_MS, Long.class)),
          new CrashIndices(config.getValue(INDEX_PREFIX, String.class)),
          new IndexSettings(
              config.getValue(SHARDS, Integer.class),
              config.getValue(REPLICAS, Integer.class),
              config.getValue(REFRESH_INTERVAL, String.class)));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "invalid Elasticsearch configuration (breakwater.elasticsearch.*): " + e.getMessage(), e);
    }
  }

  /** A client for these settings; closing its transport closes its connections. */
  public ElasticsearchClient client() {
    int millis = Math.toIntExact(timeout.toMillis());
    RestClient rest =
        RestClient.builder(HttpHost.create(url.toString()))
            .setRequestConfigCallback(r -> r.setConnectTimeout(millis).setSocketTimeout(millis))
            .build();
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
  }
}
