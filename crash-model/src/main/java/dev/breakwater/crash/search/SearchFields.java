package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of search fields ({@code search/search_fields.json}), in Socorro's SuperSearchFields
 * shape: one list that drives the Elasticsearch index mapping, the indexed document and the search
 * API's parameters. Immutable and thread-safe.
 */
public final class SearchFields {
  /** Classpath location of the registry. */
  public static final String RESOURCE = "search/search_fields.json";

  /** How Socorro names a permission in {@code webapp_permissions_needed}. */
  public static final String WEBAPP_PERMISSION_PREFIX = "crashstats.";

  private static final Pattern VALID_NAME = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, SearchField> byName;

  private SearchFields(Map<String, SearchField> byName) {
    this.byName = byName;
  }

  /** Loads the registry shipped with Breakwater. */
  public static SearchFields load() {
    try (InputStream in = SearchFields.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a registry document.
   *
   * @throws IllegalArgumentException when a field is malformed or a name repeats
   */
  public static SearchFields load(InputStream in) throws IOException {
    JsonNode document = JSON.readTree(in);
    Map<String, SearchField> byName = new LinkedHashMap<>();
    for (JsonNode node : document.path("fields")) {
      SearchField field = parse(node);
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException("search field " + field.name() + " is declared twice");
      }
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException("the search-field registry declares no fields");
    }
    return new SearchFields(Collections.unmodifiableMap(byName));
  }

  private static SearchField parse(JsonNode node) {
    String name = node.path("name").asText("");
    if (!VALID_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad search field name '" + name + "'");
    }
    try {
      ValidationType validation =
          ValidationType.parse(node.path("data_validation_type").asText(""));
      if (!validation.queryType().equals(node.path("query_type").asText())) {
        throw new IllegalArgumentException(
            "query_type of a " + validation.word() + " field is " + validation.queryType());
      }
      if (!node.path("storage_mapping").isObject()) {
        throw new IllegalArgumentException("no storage_mapping");
      }
      ObjectNode mapping = (ObjectNode) node.get("storage_mapping");
      FieldType type = FieldType.parse(mapping.path("type").asText(""));
      if (!validation.fits(type)) {
        throw new IllegalArgumentException(
            validation.word() + " values cannot be stored as " + type.elasticsearchType());
      }
      boolean full = node.path("has_full_version").asBoolean(false);
      checkFullVersion(type, full, mapping);
      return new SearchField(
          name,
          validation,
          type,
          full,
          namespace(node),
          required(node, "in_database_name"),
          node.path("is_exposed").asBoolean(false),
          node.path("is_returned").asBoolean(false),
          mapping,
          protection(node),
          choices(node.path("form_field_choices")),
          node.path("description").asText(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("search field " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Text is matched by words; exact, wildcard and regex matches, sorting and facets need the whole
   * value, so every text field carries it in a keyword sub-field, and only text fields do.
   */
  private static void checkFullVersion(FieldType type, boolean full, ObjectNode mapping) {
    boolean hasSubField =
        "keyword".equals(mapping.at("/fields/" + SearchField.FULL + "/type").asText());
    if (full != hasSubField) {
      throw new IllegalArgumentException(
          "has_full_version must match a keyword sub-field '" + SearchField.FULL + "'");
    }
    if (full != (type == FieldType.TEXT)) {
      throw new IllegalArgumentException("text fields, and only they, have a full version");
    }
  }

  private static String namespace(JsonNode node) {
    String namespace = node.path("namespace").asText("");
    if (!namespace.equals(SearchField.PROCESSED_CRASH) && !namespace.equals(SearchField.INDEX)) {
      throw new IllegalArgumentException("unknown namespace '" + namespace + "'");
    }
    return namespace;
  }

  private static String required(JsonNode node, String key) {
    String value = node.path(key).asText("");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }

  /**
   * Socorro spells the one protection twice: {@code permissions_needed} in the data's terms, {@code
   * webapp_permissions_needed} in the permission a caller needs. They must agree.
   */
  private static Protection protection(JsonNode node) {
    List<String> needed = choices(node.path("permissions_needed"));
    List<String> webapp = choices(node.path("webapp_permissions_needed"));
    Protection protection =
        needed.isEmpty() ? Protection.PUBLIC : Protection.parse(String.join(",", needed));
    List<String> expected =
        protection
            .requiredPermission()
            .map(p -> List.of(WEBAPP_PERMISSION_PREFIX + p.codename()))
            .orElse(List.of());
    if (!webapp.equals(expected) || needed.contains(Protection.PUBLIC.word())) {
      throw new IllegalArgumentException(
          "permissions_needed "
              + needed
              + " and webapp_permissions_needed "
              + webapp
              + " disagree");
    }
    return protection;
  }

  private static List<String> choices(JsonNode array) {
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException("expected a list, got " + array);
    }
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** All fields, by name, in registry order. */
  public Map<String, SearchField> all() {
    return byName;
  }

  public Optional<SearchField> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Fields that can be used as filters and facets. */
  public List<SearchField> exposed() {
    return byName.values().stream().filter(SearchField::exposed).toList();
  }

  /** Fields that can be returned as result columns. */
  public List<SearchField> returned() {
    return byName.values().stream().filter(SearchField::returned).toList();
  }

  /**
   * The mapping of a crash index. The indexer sends only registry fields; {@code dynamic: false}
   * would still keep anything else out of the index without refusing the document.
   */
  public ObjectNode indexMapping() {
    ObjectNode mapping = JSON.createObjectNode().put("dynamic", false);
    ObjectNode properties = mapping.putObject("properties");
    byName.values().stream()
        .sorted(Comparator.comparing(SearchField::name))
        .forEach(f -> properties.set(f.name(), f.storageMapping().deepCopy()));
    return mapping;
  }
}
