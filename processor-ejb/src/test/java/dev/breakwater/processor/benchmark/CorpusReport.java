package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.crash.search.CrashIndices;
import java.io.IOException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/** Prints what the crash indices hold: documents and size per week, and the signatures' shape. */
final class CorpusReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusReport() {}

  /** The crashes the indices hold (0 when there are none). */
  static long count(RestClient rest, CrashIndices indices) throws IOException {
    Request count = new Request("GET", "/" + indices.wildcard() + "/_count");
    return JSON.readTree(rest.performRequest(count).getEntity().getContent())
        .path("count")
        .asLong();
  }

  static void print(RestClient rest, CrashIndices indices, long expected) throws IOException {
    Request cat = new Request("GET", "/_cat/indices/" + indices.wildcard());
    cat.addParameter("v", "true");
    cat.addParameter("s", "index");
    cat.addParameter("h", "index,docs.count,store.size,pri.store.size");
    System.out.print(new String(rest.performRequest(cat).getEntity().getContent().readAllBytes()));
    Request search = new Request("POST", "/" + indices.wildcard() + "/_search");
    search.setJsonEntity(
        "{\"size\":0,\"track_total_hits\":true,\"aggs\":{"
            + "\"signatures\":{\"cardinality\":{\"field\":\"signature.full\"}},"
            + "\"top\":{\"terms\":{\"field\":\"signature.full\",\"size\":10}}}}");
    JsonNode answer = JSON.readTree(rest.performRequest(search).getEntity().getContent());
    long total = answer.path("hits").path("total").path("value").asLong();
    long top = 0;
    for (JsonNode bucket : answer.path("aggregations").path("top").path("buckets")) {
      top += bucket.path("doc_count").asLong();
    }
    System.out.printf(
        "%,d crashes (expected %,d), about %,d distinct signatures; the top 10 signatures hold"
            + " %.1f%% of the crashes%n",
        total,
        expected,
        answer.path("aggregations").path("signatures").path("value").asLong(),
        100.0 * top / Math.max(1, total));
    if (total != expected) {
      throw new IllegalStateException(
          "the crash indices hold " + total + " crashes, not " + expected);
    }
  }
}
