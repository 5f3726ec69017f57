package dev.breakwater.it.processor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/** Finds processed crashes in Elasticsearch the way the search API does: by field, across weeks. */
public final class CrashSearch {
  /** The default prefix of the processor's weekly crash indices. */
  static final String INDEX_PREFIX = "breakwater_crashes_";

  private CrashSearch() {}

  /** The indexed document of a crash, waiting up to {@code max} for it to become searchable. */
  public static Optional<JsonNode> awaitCrash(String crashId, Duration max) throws Exception {
    return awaitCrash(crashId, max, doc -> true);
  }

  /** Waits until the crash's document satisfies {@code condition}. */
  static Optional<JsonNode> awaitCrash(
      String crashId, Duration max, java.util.function.Predicate<JsonNode> condition)
      throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    do {
      Optional<JsonNode> found = find(crashId);
      if (found.isPresent() && condition.test(found.get())) {
        return found;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    return Optional.empty();
  }

  /** Hits for a crash ID (more than one would mean a duplicate). */
  static int count(String crashId) throws IOException, InterruptedException {
    return search(crashId).path("hits").path("total").path("value").asInt();
  }

  static Optional<JsonNode> find(String crashId) throws IOException, InterruptedException {
    JsonNode hits = search(crashId).path("hits").path("hits");
    return hits.size() == 0 ? Optional.empty() : Optional.of(hits.get(0).path("_source"));
  }

  private static JsonNode search(String crashId) throws IOException, InterruptedException {
    String query = "{\"query\": {\"term\": {\"crash_id\": \"" + crashId + "\"}}}";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    Stack.get("elasticsearch.url")
                        + "/"
                        + INDEX_PREFIX
                        + "*/_search?ignore_unavailable=true"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(query))
            .build();
    return Http.json(Http.send(request));
  }

  /** Sends a request to Elasticsearch (index administration in tests). */
  static int admin(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Stack.get("elasticsearch.url") + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return Http.send(request).statusCode();
  }
}
