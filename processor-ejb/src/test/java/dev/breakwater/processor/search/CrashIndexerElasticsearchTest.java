package dev.breakwater.processor.search;

import static dev.breakwater.processor.pipeline.TestCrashes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.IndexSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.processor.testing.RequiredTestData;
import java.io.StringReader;
import java.time.Instant;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real Elasticsearch at $BREAKWATER_TEST_ES_URL (e.g. http://127.0.0.1:9200). */
class CrashIndexerElasticsearchTest {
  private String prefix;
  private RestClient rest;
  private ElasticsearchClient client;
  private CrashIndexer indexer;

  @BeforeEach
  void connect() {
    prefix = "it_indexer_" + System.nanoTime() + "_";
    rest = RestClient.builder(HttpHost.create(RequiredTestData.elasticsearchUrl())).build();
    client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    indexer =
        new CrashIndexer(
            client, SearchFields.load(), new CrashIndices(prefix), new IndexSettings(1, 0, "1s"));
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (client == null) {
      return; // skipped: no Elasticsearch
    }
    // Elasticsearch 8 refuses wildcard deletes: resolve the names first.
    var names = client.indices().get(g -> g.index(prefix + "*")).result().keySet();
    for (String name : names) {
      client.indices().delete(d -> d.index(name));
    }
    rest.close();
  }

  private static ObjectNode crash(String id, String signature) {
    return json(
        "{'crash_id': '"
            + id
            + "', 'uuid': '"
            + id
            + "', 'signature': '"
            + signature
            + "',"
            + " 'date_processed': '2016-09-18T10:00:00Z', 'json_dump': {'threads': []}}");
  }

  private GetResponse<ObjectNode> get(String index, String id) throws Exception {
    return client.get(g -> g.index(index).id(id), ObjectNode.class);
  }

  @Test
  void indexesIntoTheWeeklyIndexIdempotently() throws Exception {
    IndexedCrash first = indexer.index(crash("c1", "one"));
    IndexedCrash second = indexer.index(crash("c1", "two"));
    assertEquals(prefix + "20160912", first.index());
    assertEquals(first.index(), second.index());
    client.indices().refresh(r -> r.index(first.index()));
    assertEquals(1, client.count(c -> c.index(first.index())).count());
    assertEquals("two", get(first.index(), "c1").source().path("signature").asText());
    var mapping = client.indices().getMapping(m -> m.index(first.index())).get(first.index());
    var signature = mapping.mappings().properties().get("signature");
    assertEquals("text", signature._kind().jsonValue());
    assertEquals("keyword", signature.text().fields().get("full")._kind().jsonValue());
  }

  @Test
  void aFieldTheIndexRefusesIsDroppedAndNoted() throws Exception {
    String index = prefix + "20160912";
    // An index made by an older registry in which signature was a number.
    client
        .indices()
        .create(
            c ->
                c.index(index)
                    .withJson(
                        new StringReader(
                            "{\"mappings\": {\"properties\": {\"signature\": {\"type\": \"long\"}}}}")));
    IndexedCrash indexed = indexer.index(crash("c2", "not a number"));
    assertEquals("signature", indexed.removedFields());
    ObjectNode source = get(index, "c2").source();
    assertEquals("signature", source.path("removed_fields").asText());
    assertTrue(source.path("signature").isMissingNode());
  }

  @Test
  void aVeryLargeCrashIsIndexedWithoutItsDump() throws Exception {
    ObjectNode crash = crash("c3", "big");
    ArrayNode frames = crash.with("json_dump").putArray("threads").addObject().putArray("frames");
    String function = "recursive_function_with_a_long_name(int, char const*)";
    for (int i = 0; i < 150_000; i++) { // about 12 MB of JSON
      frames.addObject().put("frame", i).put("function", function + i);
    }
    IndexedCrash indexed = indexer.index(crash);
    assertEquals(prefix + "20160912", indexed.index());
    GetResponse<ObjectNode> stored = get(indexed.index(), "c3");
    assertTrue(stored.found());
    assertFalse(stored.source().has("json_dump"), stored.source().toString());
  }

  @Test
  void weeksFollowDateProcessed() throws Exception {
    ObjectNode crash = crash("c4", "s");
    crash.put("date_processed", Instant.parse("2021-01-01T00:00:00Z").toString());
    assertEquals(prefix + "20201228", indexer.index(crash).index());
  }
}
