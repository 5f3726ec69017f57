package dev.breakwater.crash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SearchFields fields = SearchFields.load();

  @Test
  void mappingHasEveryFieldWithItsType() {
    ObjectNode mapping = fields.indexMapping();
    assertFalse(mapping.path("dynamic").asBoolean(true));
    assertEquals(fields.all().size(), mapping.path("properties").size());
    assertEquals("text", mapping.at("/properties/signature/type").asText());
    assertEquals("keyword", mapping.at("/properties/signature/fields/full/type").asText());
    assertEquals("keyword", mapping.at("/properties/version/type").asText());
    assertEquals("date", mapping.at("/properties/date/type").asText());
    assertEquals("long", mapping.at("/properties/build_id/type").asText());
    assertEquals("text", mapping.at("/properties/user_comments/type").asText());
  }

  @Test
  void nothingButSearchFieldsIsIndexed() {
    assertTrue(fields.get("json_dump").isEmpty(), "the dump is read from the processed crash");
    assertTrue(fields.indexMapping().path("properties").path("json_dump").isMissingNode());
  }

  @Test
  void socorroNamesWithBreakwaterSources() {
    assertEquals("date_processed", fields.get("date").orElseThrow().source());
    assertEquals("os_version", fields.get("platform_version").orElseThrow().source());
    assertEquals("os_pretty_version", fields.get("platform_pretty_version").orElseThrow().source());
    assertEquals("build", fields.get("build_id").orElseThrow().source());
    assertEquals(ValidationType.DATETIME, fields.get("date").orElseThrow().validationType());
    assertEquals(ValidationType.ENUM, fields.get("product").orElseThrow().validationType());
    assertEquals("enum", fields.get("product").orElseThrow().validationType().queryType());
    assertEquals("signature.full", fields.get("signature").orElseThrow().wholeValueKey());
    assertEquals("version", fields.get("version").orElseThrow().wholeValueKey());
  }

  @Test
  void protectedDataIsProtected() {
    for (String name :
        new String[] {"url", "user_comments", "email", "moz_crash_reason_raw", "collector_notes"}) {
      assertEquals(Protection.PROTECTED, fields.get(name).orElseThrow().protection(), name);
    }
    assertTrue(fields.get("signature").orElseThrow().isPublic());
  }

  @Test
  void nestedSourcesSplitIntoPathsAndIndexerFieldsHaveNone() {
    assertEquals(
        List.of("collector_metadata", "throttle_rule"),
        fields.get("throttle_rule").orElseThrow().sourcePath());
    SearchField removed = fields.get("removed_fields").orElseThrow();
    assertEquals(SearchField.INDEX, removed.namespace());
    assertTrue(removed.sourcePath().isEmpty());
  }

  @Test
  void aValidFieldLoads() throws Exception {
    SearchField field = load(field("")).get("a").orElseThrow();
    assertEquals(FieldType.TEXT, field.type());
    assertTrue(field.hasFullVersion());
    assertEquals(Protection.PROTECTED, field.protection());
    assertEquals(List.of("x", "y"), field.formFieldChoices());
  }

  /** Each replaces one part of a valid protected text field. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"name\": \"Bad Name\"",
        "\"data_validation_type\": \"text\"",
        "\"query_type\": \"enum\"",
        "\"storage_mapping\": {\"type\": \"nope\"}",
        "\"storage_mapping\": {\"type\": \"text\"}",
        "\"storage_mapping\": {\"type\": \"long\"}",
        "\"has_full_version\": false",
        "\"namespace\": \"raw_crash\"",
        "\"in_database_name\": \"\"",
        "\"permissions_needed\": []",
        "\"webapp_permissions_needed\": [\"crashstats.view_rawdump\"]",
        "\"permissions_needed\": [\"secret\"]",
        "\"form_field_choices\": \"x\""
      })
  void malformedFieldsAreRefused(String replacement) {
    assertThrows(IllegalArgumentException.class, () -> load(field(replacement)));
  }

  @Test
  void emptyRegistriesAndRepeatedNamesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> load("{\"fields\": []}"));
    String twice = "{\"fields\": [" + field("") + ", " + field("") + "]}";
    assertThrows(IllegalArgumentException.class, () -> load(twice));
  }

  private static String field(String replacement) {
    ObjectNode field =
        (ObjectNode)
            read(
                """
                {"name": "a", "data_validation_type": "str", "query_type": "string",
                 "has_full_version": true, "namespace": "processed_crash", "in_database_name": "a",
                 "is_exposed": true, "is_returned": true,
                 "storage_mapping": {"type": "text", "fields": {"full": {"type": "keyword"}}},
                 "permissions_needed": ["protected"],
                 "webapp_permissions_needed": ["crashstats.view_pii"],
                 "form_field_choices": ["x", "y"], "description": "A."}
                """);
    if (!replacement.isEmpty()) {
      field.setAll((ObjectNode) read("{" + replacement + "}"));
    }
    return field.toString();
  }

  private static SearchFields load(String document) throws Exception {
    String registry =
        document.startsWith("{\"fields\"") ? document : "{\"fields\": [" + document + "]}";
    return SearchFields.load(new ByteArrayInputStream(registry.getBytes(StandardCharsets.UTF_8)));
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
