package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.util.List;

/**
 * One search field, as the registry declares it and {@code /api/SuperSearchFields/} serves it.
 *
 * @param name its name in search parameters, results, facets and the indexed document
 * @param validationType how a search value is read and which operators it takes
 * @param type how it is stored (the {@code type} of {@code storageMapping})
 * @param hasFullVersion whether a text field has the keyword sub-field {@code full} that exact,
 *     wildcard and regex matches, sorting and facets use
 * @param namespace {@code processed_crash}, or {@code index} for fields the indexer sets itself
 * @param inDatabaseName dotted path of the value in the processed crash ({@code
 *     collector_metadata.throttle_rule}); the field's name in the {@code index} namespace
 * @param exposed whether it can be used as a filter and facet
 * @param returned whether it can be returned as a result column
 * @param storageMapping its Elasticsearch mapping
 * @param protection who may filter on it and see it
 * @param formFieldChoices the values the search form offers (empty: free input)
 * @param description what it means, for the API documentation
 */
public record SearchField(
    String name,
    ValidationType validationType,
    FieldType type,
    boolean hasFullVersion,
    String namespace,
    String inDatabaseName,
    boolean exposed,
    boolean returned,
    ObjectNode storageMapping,
    Protection protection,
    List<String> formFieldChoices,
    String description) {

  /** The namespace of fields read from the processed crash. */
  public static final String PROCESSED_CRASH = "processed_crash";

  /** The namespace of fields the indexer sets itself ({@code removed_fields}, ...). */
  public static final String INDEX = "index";

  /** The name of the keyword sub-field of text fields. */
  public static final String FULL = "full";

  public SearchField {
    formFieldChoices = List.copyOf(formFieldChoices);
  }

  /** Dotted path of the value in the processed crash; empty for fields the indexer sets. */
  public String source() {
    return PROCESSED_CRASH.equals(namespace) ? inDatabaseName : "";
  }

  /** The source path split on dots; empty for fields the indexer sets itself. */
  public List<String> sourcePath() {
    String source = source();
    return source.isEmpty() ? List.of() : List.of(source.split("\\."));
  }

  /**
   * Where whole values are matched, sorted and counted: {@code <name>.full} for text fields that
   * have it, the field itself otherwise.
   */
  public String wholeValueKey() {
    return hasFullVersion ? name + "." + FULL : name;
  }

  public boolean isPublic() {
    return protection == Protection.PUBLIC;
  }
}
