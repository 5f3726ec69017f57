package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.processor.search.CrashDocument;
import dev.breakwater.processor.search.CrashDocumentBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Indexes one batch of generated crashes with one {@code _bulk} request: each processed crash
 * becomes the document the processor's {@link CrashDocumentBuilder} makes of it, in the weekly
 * index the processor would put it in, under its crash ID. Thread-safe.
 */
final class BulkWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ATTEMPTS = 5;

  private final RestClient rest;
  private final GeneratedCrashes crashes;
  private final CrashDocumentBuilder builder;
  private final CrashIndices indices;

  BulkWriter(
      RestClient rest,
      GeneratedCrashes crashes,
      CrashDocumentBuilder builder,
      CrashIndices indices) {
    this.rest = rest;
    this.crashes = crashes;
    this.builder = builder;
    this.indices = indices;
  }

  /**
   * Indexes crashes {@code [from, to)}.
   *
   * @return the bytes sent
   * @throws IOException when Elasticsearch refuses a document or stays unreachable
   */
  long write(long from, long to) throws IOException, InterruptedException {
    String body = body(from, to);
    Request request = new Request("POST", "/_bulk");
    request.setEntity(new StringEntity(body, ContentType.create("application/x-ndjson", "UTF-8")));
    for (int attempt = 1; ; attempt++) {
      try {
        checkItems(rest.performRequest(request).getEntity().getContent(), from);
        return body.getBytes(StandardCharsets.UTF_8).length;
      } catch (ResponseException e) {
        // 429: the node's write queue is full; anything else is the batch's fault.
        if (e.getResponse().getStatusLine().getStatusCode() != 429 || attempt == ATTEMPTS) {
          throw e;
        }
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
      Thread.sleep(1000L * attempt);
    }
  }

  private String body(long from, long to) {
    StringBuilder body = new StringBuilder();
    for (long n = from; n < to; n++) {
      CrashDocument document = builder.build(crashes.crash(n));
      ObjectNode action = JSON.createObjectNode();
      action
          .putObject("index")
          .put("_index", indices.indexFor(document.dateProcessed()))
          .put("_id", document.crashId());
      body.append(action).append('\n').append(document.source()).append('\n');
    }
    return body.toString();
  }

  private static void checkItems(InputStream answer, long from) throws IOException {
    try (answer) {
      JsonNode result = JSON.readTree(answer);
      if (!result.path("errors").asBoolean()) {
        return;
      }
      for (JsonNode item : result.path("items")) {
        JsonNode error = item.path("index").path("error");
        if (!error.isMissingNode()) {
          throw new IOException(
              "Elasticsearch refused a crash of the batch at " + from + ": " + error);
        }
      }
    }
  }
}
