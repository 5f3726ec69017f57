package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;

/** One {@code _sort} value: a field, descending when written {@code -field}. */
record SortKey(SearchField field, boolean descending) {

  /**
   * The Elasticsearch sort on the whole value. {@code unmapped_type} lets a sort on a field newer
   * than some weekly index search that index too rather than fail it.
   */
  ObjectNode json() {
    ObjectNode sort = JsonNodeFactory.instance.objectNode();
    String mappedType = field.hasFullVersion() ? "keyword" : field.type().elasticsearchType();
    sort.putObject(field.wholeValueKey())
        .put("order", descending ? "desc" : "asc")
        .put("unmapped_type", mappedType);
    return sort;
  }
}
