package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.FIELDS;
import static dev.breakwater.webapp.search.SearchFixtures.NOW;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.IndexSettings;
import dev.breakwater.webapp.testing.RequiredTestData;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Weekly crash indices of their own (a unique prefix) on the test Elasticsearch, made with the
 * registry's mapping, holding a handful of crafted search documents; deleted by {@link #close}.
 */
final class CrashIndexFixture implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient rest;
  private final CrashIndices indices;
  private final List<String> created = new ArrayList<>();

  CrashIndexFixture(String name) {
    rest = RestClient.builder(HttpHost.create(RequiredTestData.elasticsearchUrl())).build();
    indices = new CrashIndices("it_" + name + "_" + System.nanoTime() + "_");
  }

  /** Indexes search documents (flat, keyed by field name) into their weeks, searchable at once. */
  CrashIndexFixture index(String... documents) throws IOException {
    StringBuilder bulk = new StringBuilder();
    for (String text : documents) {
      ObjectNode document = (ObjectNode) SearchFixtures.json(text);
      String index = indices.indexFor(Instant.parse(document.path("date").asText()));
      create(index);
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_index", index).put("_id", document.path("uuid").asText());
      bulk.append(action).append('\n').append(document).append('\n');
    }
    Request request = new Request("POST", "/_bulk");
    request.addParameter("refresh", "true");
    request.setJsonEntity(bulk.toString());
    JsonNode answer = JSON.readTree(EntityUtils.toString(rest.performRequest(request).getEntity()));
    if (answer.path("errors").asBoolean()) {
      throw new IllegalStateException("bulk indexing failed: " + answer);
    }
    return this;
  }

  private void create(String index) throws IOException {
    if (created.contains(index)) {
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("settings", new IndexSettings(1, 0, "1s").asJson());
    body.set("mappings", FIELDS.indexMapping());
    Request request = new Request("PUT", "/" + index);
    request.setJsonEntity(body.toString());
    rest.performRequest(request);
    created.add(index);
  }

  /** SuperSearch over these indices at {@link SearchFixtures#NOW}. */
  SuperSearch superSearch() {
    return new SuperSearch(
        FIELDS,
        indices,
        new CrashRedactor(ProcessedCrashSchema.load(), FIELDS),
        new ElasticsearchSearchEngine(rest),
        Duration.ofSeconds(10),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  String prefix() {
    return indices.prefix();
  }

  @Override
  public void close() throws IOException {
    // Elasticsearch 8 refuses wildcard deletes: each index by name.
    for (String index : created) {
      rest.performRequest(new Request("DELETE", "/" + index));
    }
    rest.close();
  }
}
