package dev.breakwater.crash.schema;

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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessedCrashSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProcessedCrashSchema schema = ProcessedCrashSchema.load();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "crash_id",
        "uuid",
        "signature",
        "proto_signature",
        "product",
        "version",
        "release_channel",
        "build",
        "os_name",
        "os_version",
        "cpu_arch",
        "cpu_info",
        "cpu_count",
        "crashing_thread",
        "address",
        "reason",
        "uptime",
        "install_age",
        "process_type",
        "date_processed",
        "processor_notes",
        "json_dump",
        "modules_in_stack",
        "topmost_filenames",
        "missing_symbols"
      })
  void namesEveryMainFieldWithTypeAndDescription(String name) {
    SchemaField field = schema.field(name).orElseThrow();
    assertFalse(field.types().isEmpty(), name);
    assertFalse(field.description().isBlank(), name);
  }

  @Test
  void everyTopLevelFieldIsDescribed() {
    schema
        .root()
        .properties()
        .forEach((name, field) -> assertFalse(field.description().isBlank(), name));
  }

  @ParameterizedTest
  @CsvSource({
    "ProductName, PUBLIC",
    "prod, PUBLIC",
    "URL, PROTECTED",
    "Comments, PROTECTED",
    "Email, PROTECTED",
    "SomethingUnknown, PROTECTED"
  })
  void annotationsArePublicOnlyWhenAPublicFieldCopiesThem(String annotation, Protection expected) {
    assertEquals(expected, schema.annotationProtection(annotation));
  }

  @Test
  void splitKeepsPublicFieldsAndSeparatesProtectedOnes() throws Exception {
    ObjectNode crash =
        (ObjectNode)
            JSON.readTree(
                """
                {"signature": "foo", "url": "https://example.com/secret", "not_in_schema": 1,
                 "json_dump": {"threads": [{"frames": [
                   {"frame": 0, "function": "f", "registers": {"rip": "0x1"}},
                   {"frame": 1, "function": "g"}]}]},
                 "collector_metadata": {"payload": "json", "user_agent": "UA"}}
                """);
    PermissionSplit split = schema.split(crash);

    assertEquals("foo", split.publicPart().path("signature").asText());
    assertFalse(split.publicPart().has("url"));
    assertFalse(split.publicPart().has("not_in_schema"));
    assertEquals("f", split.publicPart().at("/json_dump/threads/0/frames/0/function").asText());
    assertTrue(split.publicPart().at("/json_dump/threads/0/frames/0/registers").isMissingNode());
    assertEquals("json", split.publicPart().at("/collector_metadata/payload").asText());
    assertTrue(split.publicPart().at("/collector_metadata/user_agent").isMissingNode());

    assertEquals("https://example.com/secret", split.protectedPart().path("url").asText());
    assertEquals(1, split.protectedPart().path("not_in_schema").asInt());
    assertEquals(
        "0x1", split.protectedPart().at("/json_dump/threads/0/frames/0/registers/rip").asText());
    assertEquals(2, split.protectedPart().at("/json_dump/threads/0/frames").size(), "aligned");
    assertEquals("UA", split.protectedPart().at("/collector_metadata/user_agent").asText());
    assertFalse(split.protectedPart().has("signature"));
  }

  @Test
  void additionalMinidumpsFollowTheirPattern() throws Exception {
    ObjectNode crash =
        (ObjectNode)
            JSON.readTree(
                """
                {"upload_file_minidump_browser": {"mdsw_status_string": "OK", "mdsw_stderr": "log"}}
                """);
    PermissionSplit split = schema.split(crash);
    assertEquals(
        "OK", split.publicPart().at("/upload_file_minidump_browser/mdsw_status_string").asText());
    assertEquals(
        "log", split.protectedPart().at("/upload_file_minidump_browser/mdsw_stderr").asText());
  }

  @Test
  void rawCrashSplitProtectsUnknownAnnotations() throws Exception {
    ObjectNode raw =
        (ObjectNode)
            JSON.readTree(
                """
                {"uuid": "x", "ProductName": "App", "Email": "a@b.c", "Custom": "v",
                 "metadata": {"payload_size": 10, "user_agent": "UA"}}
                """);
    PermissionSplit split = schema.splitRawCrash(raw);
    assertEquals(List.of("uuid", "ProductName", "metadata"), fieldNames(split.publicPart()));
    assertEquals(List.of("Email", "Custom", "metadata"), fieldNames(split.protectedPart()));
    assertEquals("UA", split.protectedPart().at("/metadata/user_agent").asText());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"permission\": \"public\", \"properties\": {\"a\": {\"$ref\": \"#/definitions/missing\"}}}",
        "{\"permission\": \"public\", \"properties\": {\"a\": {\"type\": \"strin\"}}}",
        "{\"permission\": \"secret\"}",
        "{\"properties\": {}}"
      })
  void refusesUnusableSchemas(String document) {
    assertThrows(
        InvalidSchemaException.class,
        () ->
            ProcessedCrashSchema.load(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<String> fieldNames(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
