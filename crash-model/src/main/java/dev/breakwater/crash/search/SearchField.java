package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.util.List;

/**
 * One searchable crash field.
 *
 * @param name the field's name in search queries, results and the indexed document
 * @param type how it is stored and queried
 * @param source dotted path of the value in the processed crash ({@code
 *     collector_metadata.throttle_rule}); empty for fields the indexer sets itself
 * @param protection who may filter on it and see it
 * @param exposed whether it can be used as a search filter or facet
 * @param returned whether it can be returned as a result column
 * @param description what it means, for the API documentation
 * @param storageMapping its Elasticsearch mapping
 */
public record SearchField(
    String name,
    FieldType type,
    String source,
    Protection protection,
    boolean exposed,
    boolean returned,
    String description,
    ObjectNode storageMapping) {

  /** The source path split on dots; empty for fields the indexer sets itself. */
  public List<String> sourcePath() {
    return source.isEmpty() ? List.of() : List.of(source.split("\\."));
  }

  public boolean isPublic() {
    return protection == Protection.PUBLIC;
  }
}
