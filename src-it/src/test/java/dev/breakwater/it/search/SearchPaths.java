package dev.breakwater.it.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The two ways a benchmark query reaches the crashes: through the webapp's API, and straight to
 * Elasticsearch with the body the API builds for it (from {@code _return_query}), sent the way the
 * webapp's search engine sends it. Both over one keep-alive HTTP/1.1 client.
 */
final class SearchPaths {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String webapp;
  private final String elasticsearch;
  private final String token;

  SearchPaths(String webapp, String elasticsearch, String token) {
    this.webapp = webapp;
    this.elasticsearch = elasticsearch;
    this.token = token;
  }

  /** A query prepared for both paths: the API's URL and the Elasticsearch request it makes. */
  record Prepared(HttpRequest api, HttpRequest direct) {}

  Prepared prepare(BenchQuery query, Instant end) throws IOException, InterruptedException {
    URI api = URI.create(webapp + query.path() + "?" + query.queryString(end, List.of()));
    URI explain =
        URI.create(
            webapp
                + query.path()
                + "?"
                + query.queryString(end, List.of(Map.entry("_return_query", "true"))));
    JsonNode plan = JSON.readTree(send(apiRequest(explain), query.name() + " (_return_query)"));
    List<String> indices =
        JSON.convertValue(
            plan.path("indices"),
            JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    URI search =
        URI.create(
            elasticsearch
                + "/"
                + String.join(",", indices)
                + "/_search?ignore_unavailable=true&allow_no_indices=true");
    HttpRequest direct =
        HttpRequest.newBuilder(search)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(plan.path("query").toString()))
            .build();
    return new Prepared(apiRequest(api), direct);
  }

  private HttpRequest apiRequest(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    if (token != null && uri.getPath().contains("Unredacted")) {
      request.header("Auth-Token", token);
    }
    return request.GET().build();
  }

  /** The answer's body; fails on anything but 200. */
  String send(HttpRequest request, String what) throws IOException, InterruptedException {
    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          what
              + ": "
              + request.uri().getHost()
              + ":"
              + request.uri().getPort()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
    return answer.body();
  }

  /** The newest crash's date in the crash indices: the corpus's windows end there. */
  Instant newestCrash() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(elasticsearch + "/breakwater_crashes_*/_search"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"size\":0,\"aggs\":{\"newest\":{\"max\":{\"field\":\"date\"}}}}"))
            .build();
    JsonNode newest =
        JSON.readTree(send(request, "newest crash")).path("aggregations").path("newest");
    if (newest.path("value").isNull() || newest.path("value").isMissingNode()) {
      throw new IllegalStateException("the crash indices are empty: load the corpus first");
    }
    return Instant.parse(newest.path("value_as_string").asText());
  }

  static long total(String answer, boolean direct) throws IOException {
    JsonNode json = JSON.readTree(answer);
    return direct
        ? json.path("hits").path("total").path("value").asLong()
        : json.path("total").asLong();
  }
}
