package dev.breakwater.crash.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.util.Iterator;
import java.util.Map;

/** Walks a document beside its schema and separates public values from protected ones. */
final class PermissionSplitter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PermissionSplitter() {}

  /** A value split in two; either side is null when it holds nothing. */
  record Parts(JsonNode publicPart, JsonNode protectedPart) {}

  static Parts split(JsonNode value, SchemaField field, Protection parent) {
    if (field == null) {
      return new Parts(null, value); // not in the schema: protected
    }
    if (field.effectiveProtection(parent) == Protection.PROTECTED) {
      return new Parts(null, value);
    }
    if (value.isObject() && field.declaresChildren()) {
      return splitObject((ObjectNode) value, field);
    }
    if (value.isArray() && field.items() != null) {
      return splitArray((ArrayNode) value, field.items());
    }
    return new Parts(value, null);
  }

  private static Parts splitObject(ObjectNode object, SchemaField field) {
    ObjectNode publicPart = NODES.objectNode();
    ObjectNode protectedPart = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      SchemaField child = field.child(entry.getKey()).orElse(null);
      Parts parts = split(entry.getValue(), child, Protection.PUBLIC);
      if (parts.publicPart() != null) {
        publicPart.set(entry.getKey(), parts.publicPart());
      }
      if (parts.protectedPart() != null) {
        protectedPart.set(entry.getKey(), parts.protectedPart());
      }
    }
    return new Parts(publicPart, protectedPart.isEmpty() ? null : protectedPart);
  }

  private static Parts splitArray(ArrayNode array, SchemaField items) {
    ArrayNode publicPart = NODES.arrayNode();
    ArrayNode protectedPart = NODES.arrayNode();
    boolean anyProtected = false;
    for (JsonNode element : array) {
      Parts parts = split(element, items, Protection.PUBLIC);
      publicPart.add(parts.publicPart() != null ? parts.publicPart() : placeholder(element));
      protectedPart.add(
          parts.protectedPart() != null ? parts.protectedPart() : placeholder(element));
      anyProtected |= parts.protectedPart() != null;
    }
    return new Parts(publicPart, anyProtected ? protectedPart : null);
  }

  private static JsonNode placeholder(JsonNode element) {
    return element.isObject() ? NODES.objectNode() : NullNode.getInstance();
  }
}
