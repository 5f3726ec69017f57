package dev.breakwater.webapp.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.crash.search.SearchField;
import dev.breakwater.crash.search.SearchFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped registry, fixed times and parameter builders for the query layer's tests. */
final class SearchFixtures {
  static final SearchFields FIELDS = SearchFields.load();
  static final Instant NOW = Instant.parse("2024-10-10T12:00:00Z");

  /** What an anonymous caller may use: public fields. */
  static final FieldAccess ANONYMOUS = FieldAccess.redacted(FIELDS, SearchField::isPublic);

  static final FieldAccess UNREDACTED = FieldAccess.unredacted(FIELDS);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

  private SearchFixtures() {}

  static SearchField field(String name) {
    return FIELDS.get(name).orElseThrow();
  }

  /** Parameters from key, value, key, value, ... (a repeated key adds a value). */
  static Map<String, List<String>> params(String... keysAndValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.computeIfAbsent(keysAndValues[i], k -> new ArrayList<>()).add(keysAndValues[i + 1]);
    }
    return params;
  }

  static SearchParameters parameters(String... keysAndValues) {
    return SearchParameters.of(params(keysAndValues));
  }

  static CrashQuery query(FieldAccess access, String... keysAndValues) {
    return CrashQuery.parse(parameters(keysAndValues), access, NOW);
  }

  /**
   * Asserts {@code actual} is the JSON written with single quotes, key order and number spelling
   * included ({@code 60} vs {@code 60.0}).
   */
  static void assertJson(String expected, JsonNode actual) {
    org.junit.jupiter.api.Assertions.assertEquals(json(expected).toString(), actual.toString());
  }

  /** JSON written with single quotes. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
