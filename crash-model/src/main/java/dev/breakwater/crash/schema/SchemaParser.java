package dev.breakwater.crash.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.crash.access.Protection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns the schema JSON into a tree of {@link SchemaField}s, resolving local {@code $ref}s. */
final class SchemaParser {
  private static final String DEFINITIONS_PREFIX = "#/definitions/";

  private final JsonNode definitions;
  private final Map<String, SchemaField> resolved = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();

  SchemaParser(JsonNode document) {
    this.definitions = document.path("definitions");
  }

  SchemaField parse(String name, JsonNode node) {
    if (!node.isObject()) {
      throw new InvalidSchemaException(name + ": a field must be a JSON object");
    }
    if (node.has("$ref")) {
      return resolve(node.get("$ref").asText(), name);
    }
    return new SchemaField(
        name,
        types(name, node),
        node.path("description").asText(""),
        node.has("permission") ? protection(name, node.get("permission").asText()) : null,
        properties(name, node.path("properties")),
        patternProperties(name, node.path("patternProperties")),
        node.has("additionalProperties")
            ? parse(name + ".*", node.get("additionalProperties"))
            : null,
        node.has("items") ? parse(name + "[]", node.get("items")) : null,
        strings(node.path("source_annotations")),
        node.get("default"));
  }

  private SchemaField resolve(String ref, String usedBy) {
    if (!ref.startsWith(DEFINITIONS_PREFIX)) {
      throw new InvalidSchemaException(usedBy + ": only local #/definitions/ refs are supported");
    }
    String definition = ref.substring(DEFINITIONS_PREFIX.length());
    SchemaField field = resolved.get(definition);
    if (field != null) {
      return field;
    }
    if (!definitions.has(definition)) {
      throw new InvalidSchemaException(usedBy + ": unknown definition " + ref);
    }
    if (!resolving.add(definition)) {
      throw new InvalidSchemaException(usedBy + ": recursive definition " + ref);
    }
    field = parse(definition, definitions.get(definition));
    resolving.remove(definition);
    resolved.put(definition, field);
    return field;
  }

  private static List<String> types(String name, JsonNode node) {
    JsonNode type = node.path("type");
    List<String> types = type.isArray() ? strings(type) : List.of(type.asText("object"));
    for (String t : types) {
      if (!Set.of("string", "integer", "number", "boolean", "object", "array", "null")
          .contains(t)) {
        throw new InvalidSchemaException(name + ": unknown type '" + t + "'");
      }
    }
    return types;
  }

  private Map<String, SchemaField> properties(String parent, JsonNode properties) {
    Map<String, SchemaField> fields = new LinkedHashMap<>();
    properties
        .fields()
        .forEachRemaining(
            e -> fields.put(e.getKey(), parse(join(parent, e.getKey()), e.getValue())));
    return fields;
  }

  private Map<Pattern, SchemaField> patternProperties(String parent, JsonNode patterns) {
    Map<Pattern, SchemaField> fields = new LinkedHashMap<>();
    patterns
        .fields()
        .forEachRemaining(
            e -> {
              try {
                fields.put(
                    Pattern.compile(e.getKey()), parse(join(parent, e.getKey()), e.getValue()));
              } catch (PatternSyntaxException bad) {
                throw new InvalidSchemaException(parent + ": bad pattern " + e.getKey(), bad);
              }
            });
    return fields;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }

  private static Protection protection(String name, String word) {
    try {
      return Protection.parse(word);
    } catch (IllegalArgumentException e) {
      throw new InvalidSchemaException(name + ": " + e.getMessage(), e);
    }
  }

  private static String join(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
