package dev.breakwater.crash.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processed-crash schema ({@code schema/processed_crash.schema.json}): the fields of a
 * processed crash, their types, descriptions and permissions, and the crash annotations they are
 * copied from. Immutable and thread-safe.
 */
public final class ProcessedCrashSchema {
  /** Classpath location of the schema shipped with the processor. */
  public static final String RESOURCE = "schema/processed_crash.schema.json";

  /** Raw-crash keys the collector adds; they are not annotations and are public. */
  private static final List<String> COLLECTOR_KEYS = List.of("uuid", "submitted_timestamp");

  private final SchemaField root;
  private final Map<String, Protection> annotationProtections;

  private ProcessedCrashSchema(SchemaField root) {
    this.root = root;
    this.annotationProtections = annotationProtections(root);
  }

  /** Loads the schema shipped with the processor. */
  public static ProcessedCrashSchema load() {
    try (InputStream in =
        ProcessedCrashSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new InvalidSchemaException(RESOURCE + " is not on the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a schema document; throws {@link InvalidSchemaException} when it is unusable. */
  public static ProcessedCrashSchema load(InputStream in) throws IOException {
    JsonNode document = new ObjectMapper().readTree(in);
    if (document == null || !document.isObject()) {
      throw new InvalidSchemaException("the schema must be a JSON object");
    }
    SchemaField root = new SchemaParser(document).parse("", document);
    if (root.protection() == null) {
      throw new InvalidSchemaException("the schema's root must declare a permission");
    }
    return new ProcessedCrashSchema(root);
  }

  /** The schema of the whole processed crash. */
  public SchemaField root() {
    return root;
  }

  /** The top-level field {@code name}, if the schema names it. */
  public Optional<SchemaField> field(String name) {
    return root.child(name);
  }

  /** Top-level fields that are copied from crash annotations, in schema order. */
  public List<SchemaField> annotationFields() {
    return root.properties().values().stream()
        .filter(f -> !f.sourceAnnotations().isEmpty())
        .toList();
  }

  /**
   * The permission of a crash annotation: public only when a public field is copied from it; every
   * other annotation is protected.
   */
  public Protection annotationProtection(String annotation) {
    return annotationProtections.getOrDefault(annotation, Protection.PROTECTED);
  }

  /** Splits a processed crash into what anyone may see and what is protected. */
  public PermissionSplit split(ObjectNode processedCrash) {
    PermissionSplitter.Parts parts =
        PermissionSplitter.split(processedCrash, root, Protection.PUBLIC);
    return new PermissionSplit(asObject(parts.publicPart()), asObject(parts.protectedPart()));
  }

  /** The public view of a processed crash. */
  public ObjectNode publicView(ObjectNode processedCrash) {
    return split(processedCrash).publicPart();
  }

  /**
   * Splits a raw crash: annotations by {@link #annotationProtection}, the collector's {@code
   * metadata} by the {@code collector_metadata} field, the crash ID and submitted timestamp are
   * public.
   */
  public PermissionSplit splitRawCrash(ObjectNode rawCrash) {
    ObjectNode publicPart = JsonNodeFactory.instance.objectNode();
    ObjectNode protectedPart = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> entries = rawCrash.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String key = entry.getKey();
      PermissionSplitter.Parts parts;
      if (key.equals("metadata")) {
        parts =
            PermissionSplitter.split(
                entry.getValue(), field("collector_metadata").orElse(null), Protection.PUBLIC);
      } else if (COLLECTOR_KEYS.contains(key) || annotationProtection(key) == Protection.PUBLIC) {
        parts = new PermissionSplitter.Parts(entry.getValue(), null);
      } else {
        parts = new PermissionSplitter.Parts(null, entry.getValue());
      }
      if (parts.publicPart() != null) {
        publicPart.set(key, parts.publicPart());
      }
      if (parts.protectedPart() != null) {
        protectedPart.set(key, parts.protectedPart());
      }
    }
    return new PermissionSplit(publicPart, protectedPart);
  }

  private static ObjectNode asObject(JsonNode node) {
    return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
  }

  private static Map<String, Protection> annotationProtections(SchemaField root) {
    Map<String, Protection> protections = new HashMap<>();
    for (SchemaField field : root.properties().values()) {
      Protection protection = field.effectiveProtection(root.protection());
      for (String annotation : field.sourceAnnotations()) {
        protections.merge(annotation, protection, Protection::and);
      }
    }
    return Map.copyOf(protections);
  }
}
