package dev.breakwater.processor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * What has been loaded, kept in Elasticsearch beside the crash indices (an index of its own that
 * the crash prefix does not match), so that it lives and dies with the data: the corpus's
 * parameters, its end date, and how many batches are known to be complete.
 *
 * @param doneBelow every batch with a lower number is indexed
 */
record CorpusMarker(long seed, long documents, int days, Instant end, long doneBelow) {
  static final String INDEX = "breakwater_bench_corpus";

  private static final ObjectMapper JSON = new ObjectMapper();

  boolean sameCorpus(long seed, long documents, int days) {
    return this.seed == seed && this.documents == documents && this.days == days;
  }

  CorpusMarker doneBelow(long batch) {
    return new CorpusMarker(seed, documents, days, end, batch);
  }

  static Optional<CorpusMarker> read(RestClient rest) throws IOException {
    try {
      var response = rest.performRequest(new Request("GET", "/" + INDEX + "/_doc/corpus"));
      JsonNode source = JSON.readTree(response.getEntity().getContent()).path("_source");
      return Optional.of(
          new CorpusMarker(
              source.path("seed").asLong(),
              source.path("documents").asLong(),
              source.path("days").asInt(),
              Instant.parse(source.path("end").asText()),
              source.path("done_below").asLong()));
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  void write(RestClient rest) throws IOException {
    ObjectNode source = JSON.createObjectNode();
    source.put("seed", seed);
    source.put("documents", documents);
    source.put("days", days);
    source.put("end", end.toString());
    source.put("done_below", doneBelow);
    Request request = new Request("PUT", "/" + INDEX + "/_doc/corpus");
    request.addParameter("refresh", "true");
    request.setJsonEntity(source.toString());
    rest.performRequest(request);
  }
}
