package dev.breakwater.crash.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of search fields ({@code search/search_fields.json}): one list that drives both the
 * Elasticsearch index mapping and the search API's parameters. Immutable and thread-safe.
 */
public final class SearchFields {
  /** Classpath location of the registry. */
  public static final String RESOURCE = "search/search_fields.json";

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
      FieldType type = FieldType.parse(node.path("type").asText());
      ObjectNode mapping =
          node.path("storage_mapping").isObject()
              ? (ObjectNode) node.get("storage_mapping")
              : type.defaultMapping();
      boolean exposed = node.path("exposed").asBoolean(false);
      if (exposed && !type.isIndexed()) {
        throw new IllegalArgumentException("stored-only field cannot be exposed");
      }
      return new SearchField(
          name,
          type,
          node.path("source").asText(""),
          Protection.parse(node.path("permission").asText("")),
          exposed,
          node.path("returned").asBoolean(false),
          node.path("description").asText(""),
          mapping);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("search field " + name + ": " + e.getMessage(), e);
    }
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
   * The mapping of a crash index. {@code dynamic: false} keeps anything not in the registry out of
   * the index (it could not be searched consistently anyway) without refusing the document.
   */
  public ObjectNode indexMapping() {
    ObjectNode mapping = JSON.createObjectNode().put("dynamic", false);
    ObjectNode properties = mapping.putObject("properties");
    byName.values().stream()
        .sorted(java.util.Comparator.comparing(SearchField::name))
        .forEach(f -> properties.set(f.name(), f.storageMapping().deepCopy()));
    return mapping;
  }
}
