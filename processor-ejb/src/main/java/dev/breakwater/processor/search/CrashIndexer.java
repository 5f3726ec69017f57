package dev.breakwater.processor.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.CrashIndexCreator;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.crash.search.IndexSettings;
import dev.breakwater.crash.search.SearchFields;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes processed crashes into weekly indices, creating each index with the registry's mapping
 * the first time a crash falls into it. The document id is the crash ID, so indexing again
 * (redelivery, reprocessing) replaces the document. A value Elasticsearch still refuses is dropped,
 * noted in {@code removed_fields}, and the document indexed again. Thread-safe.
 */
public final class CrashIndexer implements CrashIndex {
  private static final Logger LOG = Logger.getLogger(CrashIndexer.class.getName());

  /** How many refused fields are dropped before the crash is given up on (and redelivered). */
  static final int MAX_REMOVED_FIELDS = 10;

  private final ElasticsearchClient client;
  private final SearchFields fields;
  private final CrashIndices indices;
  private final CrashIndexCreator creator;
  private final CrashDocumentBuilder builder;
  private final Set<String> preparedIndices = ConcurrentHashMap.newKeySet();

  public CrashIndexer(
      ElasticsearchClient client,
      SearchFields fields,
      CrashIndices indices,
      IndexSettings settings) {
    this.client = client;
    this.fields = fields;
    this.indices = indices;
    this.creator = new CrashIndexCreator(client, fields, settings);
    this.builder = new CrashDocumentBuilder(fields);
  }

  /**
   * Indexes one processed crash.
   *
   * @return where it went and which fields had to be removed or truncated
   * @throws IOException when Elasticsearch cannot be reached; the caller retries later
   * @throws ElasticsearchException when Elasticsearch refuses the document for a reason that
   *     dropping a field does not cure
   */
  @Override
  public IndexedCrash index(ObjectNode processedCrash) throws IOException {
    CrashDocument document = builder.build(processedCrash);
    String index = indices.indexFor(document.dateProcessed());
    prepare(index);
    for (int removed = 0; ; removed++) {
      try {
        client.index(i -> i.index(index).id(document.crashId()).document(document.source()));
        return new IndexedCrash(
            index,
            document.source().path("removed_fields").asText(""),
            document.source().path("truncated_fields").asText(""));
      } catch (ElasticsearchException e) {
        Optional<String> field = IndexErrors.rejectedField(e.error());
        if (removed >= MAX_REMOVED_FIELDS
            || field.isEmpty()
            || !document.source().has(field.get())) {
          throw e;
        }
        LOG.warning(
            () ->
                "crash_id=%s index refused field %s; dropping it"
                    .formatted(document.crashId(), field.get()));
        document.source().remove(field.get());
        document.noteRemoved(field.get());
      }
    }
  }

  @Override
  public void warmUp(Instant when) throws IOException {
    prepare(indices.indexFor(when));
  }

  /** Creates the index if needed, or adds fields new to the registry to an existing one. */
  private void prepare(String index) throws IOException {
    if (preparedIndices.contains(index)) {
      return;
    }
    if (client.indices().exists(e -> e.index(index)).value()) {
      addNewFields(index);
    } else {
      creator.create(index);
    }
    preparedIndices.add(index);
  }

  private void addNewFields(String index) throws IOException {
    try {
      client
          .indices()
          .putMapping(
              m -> m.index(index).withJson(new StringReader(fields.indexMapping().toString())));
    } catch (ElasticsearchException e) {
      // A field whose type changed in the registry cannot be changed in an existing index; the
      // next weekly index gets the new mapping. Indexing goes on with the old one.
      LOG.log(Level.WARNING, "could not update the mapping of " + index + ": " + e.getMessage());
    }
  }
}
