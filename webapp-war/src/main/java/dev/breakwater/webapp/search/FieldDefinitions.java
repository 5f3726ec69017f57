package dev.breakwater.webapp.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;

/**
 * The answer of {@code /api/SuperSearchFields/}: every search field by name, in Socorro's shape
 * (../shared/socorro-api.md §5.3), which search forms and scripts build their queries from.
 */
public final class FieldDefinitions {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode definitions;

  public FieldDefinitions(SearchFields fields) {
    ObjectNode all = NODES.objectNode();
    fields.all().values().forEach(f -> all.set(f.name(), definition(f)));
    this.definitions = all;
  }

  /** A copy of the definitions, for one answer. */
  public ObjectNode json() {
    return definitions.deepCopy();
  }

  static ObjectNode definition(SearchField field) {
    ObjectNode definition = NODES.objectNode();
    definition.put("name", field.name());
    definition.put("data_validation_type", field.validationType().word());
    definition.put("query_type", field.validationType().queryType());
    ArrayNode choices = definition.putArray("form_field_choices");
    field.formFieldChoices().forEach(choices::add);
    definition.put("has_full_version", field.hasFullVersion());
    definition.put("namespace", field.namespace());
    definition.put("in_database_name", field.inDatabaseName());
    definition.put("is_exposed", field.exposed());
    definition.put("is_returned", field.returned());
    definition.set("storage_mapping", field.storageMapping().deepCopy());
    ArrayNode needed = definition.putArray("permissions_needed");
    ArrayNode webapp = definition.putArray("webapp_permissions_needed");
    field
        .protection()
        .requiredPermission()
        .ifPresent(
            p -> {
              needed.add(field.protection().word());
              webapp.add(SearchFields.WEBAPP_PERMISSION_PREFIX + p.codename());
            });
    definition.put("description", field.description());
    if (field.sourcePath().size() > 1) {
      // Socorro names a nested source this way.
      definition.put("source_key", field.namespace() + "." + field.inDatabaseName());
    }
    return definition;
  }
}
