package dev.breakwater.crash.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Creates weekly crash indices with the registry's mapping and the configured settings: the
 * processor when a crash is the first of its week, the esclean job a week ahead. Thread-safe.
 */
public final class CrashIndexCreator {
  private static final Logger LOG = Logger.getLogger(CrashIndexCreator.class.getName());

  private final ElasticsearchClient client;
  private final SearchFields fields;
  private final IndexSettings settings;

  public CrashIndexCreator(
      ElasticsearchClient client, SearchFields fields, IndexSettings settings) {
    this.client = client;
    this.fields = fields;
    this.settings = settings;
  }

  /**
   * Creates {@code index}; one that exists already (another instance created it at the same moment)
   * is left as it is.
   *
   * @return whether this call created it
   * @throws IOException when Elasticsearch cannot be reached
   */
  public boolean create(String index) throws IOException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("settings", settings.asJson());
    body.set("mappings", fields.indexMapping());
    try {
      client.indices().create(c -> c.index(index).withJson(new StringReader(body.toString())));
      LOG.info(() -> "created crash index " + index);
      return true;
    } catch (ElasticsearchException e) {
      if ("resource_already_exists_exception".equals(e.error().type())) {
        return false;
      }
      throw e;
    }
  }
}
