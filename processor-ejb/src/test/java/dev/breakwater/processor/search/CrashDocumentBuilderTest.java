package dev.breakwater.processor.search;

import static dev.breakwater.processor.pipeline.TestCrashes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.search.SearchFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrashDocumentBuilderTest {
  private static final String BASE =
      "'crash_id': 'c1', 'date_processed': '2016-09-18T10:00:00.5+00:00'";
  private final CrashDocumentBuilder builder = new CrashDocumentBuilder(SearchFields.load());

  private CrashDocument build(String extra) {
    return builder.build(json("{" + BASE + (extra.isEmpty() ? "" : ", " + extra) + "}"));
  }

  @Test
  void takesRegistryFieldsFromTheirSourcesAndNothingElse() {
    CrashDocument document =
        build(
            "'signature': 'sig', 'build': '2016', 'collector_metadata': {'throttle_rule': 'accept_all'},"
                + " 'not_registered': 1, 'json_dump': {'threads': [1, 2]}");
    ObjectNode source = document.source();
    assertEquals("c1", document.crashId());
    assertEquals(Instant.parse("2016-09-18T10:00:00.5Z"), document.dateProcessed());
    assertEquals("sig", source.path("signature").asText());
    assertEquals(2016, source.path("build_id").asLong());
    assertEquals("accept_all", source.path("throttle_rule").asText());
    assertEquals("2016-09-18T10:00:00.500Z", source.path("date").asText());
    assertFalse(source.has("json_dump"), "the report page reads the dump from the processed crash");
    assertFalse(source.has("not_registered"));
    assertFalse(source.has("removed_fields"));
  }

  /** field | value JSON | expected JSON (absent = removed) */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "uptime       | 12              | 12",
        "uptime       | '12'            | 12",
        "uptime       | 'twelve'        | ",
        "uptime       | 12.5            | ",
        "cpu_count    | 9999999999      | ",
        "cpu_count    | 8               | 8",
        "success      | 'true'          | true",
        "success      | 'perhaps'       | ",
        "signature    | 42              | '42'",
        "signature    | {'a': 1}        | ",
        "client_crash_date | 'yesterday' | ",
        "client_crash_date | '2016-09-18T12:00:00+02:00' | '2016-09-18T10:00:00Z'",
        "additional_minidumps | ['a', 'b'] | ['a', 'b']",
        "additional_minidumps | ['a', {}]  | ",
      })
  void fitsValuesToTheirType(String field, String value, String expected) {
    CrashDocument document = build("'" + field + "': " + value);
    if (expected == null) {
      assertFalse(document.source().has(field));
      assertEquals(field, document.source().path("removed_fields").asText());
    } else {
      assertEquals(
          json("{'v': " + expected + "}").get("v").toString(),
          document.source().get(field).toString());
    }
  }

  @Test
  void longKeywordsAreTruncatedTo10000Characters() {
    CrashDocument document = build("'address': '" + "x".repeat(12_000) + "'");
    assertEquals(
        CrashDocumentBuilder.MAX_KEYWORD_LENGTH,
        document.source().path("address").asText().length());
    assertEquals("address", document.source().path("truncated_fields").asText());
  }

  @Test
  void longTextsAreTruncatedToWholeCharactersWithin32766Bytes() {
    String notes = "é".repeat(20_000); // 40,000 UTF-8 bytes
    CrashDocument document = build("'processor_notes': '" + notes + "'");
    String kept = document.source().path("processor_notes").asText();
    assertTrue(kept.getBytes(StandardCharsets.UTF_8).length <= CrashDocumentBuilder.MAX_TEXT_BYTES);
    assertEquals(CrashDocumentBuilder.MAX_TEXT_BYTES / 2, kept.length());
    assertEquals("processor_notes", document.source().path("truncated_fields").asText());
  }

  @Test
  void aCrashWithoutDateProcessedCannotBeIndexed() {
    assertThrows(IllegalArgumentException.class, () -> builder.build(json("{'crash_id': 'c1'}")));
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.build(json("{'date_processed': '2016-09-18T10:00:00Z'}")));
  }
}
