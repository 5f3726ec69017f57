package dev.breakwater.webapp.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.webapp.api.BadArgumentException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Crash searches on Elasticsearch, JSON in and JSON out over the application's client: the query
 * layer builds the body itself, so what is sent is exactly what its tests pin.
 */
public final class ElasticsearchSearchEngine implements CrashSearchEngine {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How much longer than the search's own timeout the connection waits. Elasticsearch checks its
   * timeout between segments and answers with partial results; a search stuck elsewhere (a huge
   * aggregation reduce) is cut off here, and closing the connection cancels it on the cluster.
   */
  static final Duration CONNECTION_GRACE = Duration.ofSeconds(2);

  private final RestClient rest;

  ElasticsearchSearchEngine(RestClient rest) {
    this.rest = rest;
  }

  /** The low-level client under the application's Elasticsearch client. */
  public static ElasticsearchSearchEngine of(ElasticsearchClient client) {
    if (client._transport() instanceof RestClientTransport transport) {
      return new ElasticsearchSearchEngine(transport.restClient());
    }
    throw new IllegalStateException("the Elasticsearch client does not use the REST client");
  }

  @Override
  public Set<String> existingIndices(String pattern) throws IOException {
    Request request = new Request("GET", "/_resolve/index/" + pattern);
    request.addParameter("expand_wildcards", "open");
    Set<String> names = new HashSet<>();
    read(rest.performRequest(request))
        .path("indices")
        .forEach(i -> names.add(i.path("name").asText()));
    return names;
  }

  @Override
  public JsonNode search(List<String> indices, ObjectNode body, Duration timeout)
      throws IOException {
    Request request = new Request("POST", "/" + String.join(",", indices) + "/_search");
    // An index deleted since it was listed (retention) is no reason to fail the search.
    request.addParameter("ignore_unavailable", "true");
    request.addParameter("allow_no_indices", "true");
    request.setJsonEntity(JSON.writeValueAsString(body));
    int millis = Math.toIntExact(timeout.plus(CONNECTION_GRACE).toMillis());
    request.setOptions(
        RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setSocketTimeout(millis).build()));
    try {
      return read(rest.performRequest(request));
    } catch (SocketTimeoutException e) {
      throw SearchErrors.timedOut(timeout);
    } catch (ResponseException e) {
      throw refused(e);
    }
  }

  /** A 4xx of Elasticsearch is the query's fault; anything else is not. */
  private static RuntimeException refused(ResponseException e) throws IOException {
    int status = e.getResponse().getStatusLine().getStatusCode();
    JsonNode error = readQuietly(e.getResponse()).path("error");
    var tooComplex = SearchErrors.tooComplex(error);
    if (tooComplex.isPresent()) {
      return SearchErrors.tooComplex(tooComplex.get());
    }
    if (status >= 400 && status < 500) {
      return new BadArgumentException(
          "Malformed supersearch query: " + SearchErrors.firstReason(error));
    }
    throw e;
  }

  private static JsonNode read(Response response) throws IOException {
    try (InputStream in = response.getEntity().getContent()) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode readQuietly(Response response) {
    try {
      return read(response);
    } catch (IOException | RuntimeException e) {
      return JSON.createObjectNode();
    }
  }
}
