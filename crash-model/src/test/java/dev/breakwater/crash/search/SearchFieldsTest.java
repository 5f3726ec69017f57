package dev.breakwater.crash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.access.Protection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchFieldsTest {
  private final SearchFields fields = SearchFields.load();

  @Test
  void mappingHasEveryFieldWithItsType() {
    ObjectNode mapping = fields.indexMapping();
    assertFalse(mapping.path("dynamic").asBoolean(true));
    assertEquals(fields.all().size(), mapping.path("properties").size());
    assertEquals("keyword", mapping.at("/properties/signature/type").asText());
    assertEquals("date", mapping.at("/properties/date/type").asText());
    assertEquals("text", mapping.at("/properties/user_comments/type").asText());
  }

  @Test
  void jsonDumpIsStoredButNotIndexed() {
    SearchField jsonDump = fields.get("json_dump").orElseThrow();
    assertFalse(jsonDump.exposed());
    assertTrue(jsonDump.returned());
    assertEquals("object", fields.indexMapping().at("/properties/json_dump/type").asText());
    assertFalse(fields.indexMapping().at("/properties/json_dump/enabled").asBoolean(true));
  }

  @Test
  void protectedDataIsProtected() {
    for (String name : new String[] {"url", "user_comments", "email", "json_dump"}) {
      assertEquals(Protection.PROTECTED, fields.get(name).orElseThrow().protection(), name);
    }
    assertTrue(fields.get("signature").orElseThrow().isPublic());
  }

  @Test
  void exposedAndReturnedListsFollowTheFlags() {
    assertFalse(fields.exposed().contains(fields.get("json_dump").orElseThrow()));
    assertTrue(fields.returned().contains(fields.get("json_dump").orElseThrow()));
    assertTrue(fields.exposed().contains(fields.get("signature").orElseThrow()));
  }

  @Test
  void nestedSourcesSplitIntoPaths() {
    assertEquals(
        List.of("collector_metadata", "throttle_rule"),
        fields.get("throttle_rule").orElseThrow().sourcePath());
    assertTrue(fields.get("removed_fields").orElseThrow().sourcePath().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"fields\": []}",
        "{\"fields\": [{\"name\": \"Bad Name\", \"type\": \"keyword\", \"permission\": \"public\"}]}",
        "{\"fields\": [{\"name\": \"a\", \"type\": \"nope\", \"permission\": \"public\"}]}",
        "{\"fields\": [{\"name\": \"a\", \"type\": \"keyword\", \"permission\": \"secret\"}]}",
        "{\"fields\": [{\"name\": \"a\", \"type\": \"stored\", \"permission\": \"public\","
            + " \"exposed\": true}]}",
        "{\"fields\": [{\"name\": \"a\", \"type\": \"keyword\", \"permission\": \"public\"},"
            + " {\"name\": \"a\", \"type\": \"keyword\", \"permission\": \"public\"}]}"
      })
  void malformedRegistriesAreRefused(String document) {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SearchFields.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
  }
}
