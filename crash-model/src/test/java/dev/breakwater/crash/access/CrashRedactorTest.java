package dev.breakwater.crash.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.SearchFields;
import org.junit.jupiter.api.Test;

class CrashRedactorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CrashRedactor redactor =
      new CrashRedactor(ProcessedCrashSchema.load(), SearchFields.load());

  private static ObjectNode json(String text) throws JsonProcessingException {
    return (ObjectNode) JSON.readTree(text);
  }

  private static final String PROCESSED =
      """
      {"uuid": "de1bb258-cbbf-4589-a673-34f800160918", "signature": "crash",
       "url": "https://secret.example/", "user_comments": "mail me at a@b.example",
       "email": "a@b.example", "not_in_schema": "x",
       "json_dump": {"crashing_thread": {"frames": [
         {"frame": 0, "function": "crash", "registers": {"rip": "0x1"}}]}}}
      """;

  @Test
  void anonymousCallersSeeNoProtectedKeyAtAnyDepth() throws JsonProcessingException {
    ObjectNode seen = redactor.processedCrash(json(PROCESSED), Grants.anonymous());
    assertEquals("crash", seen.path("signature").asText());
    for (String key : new String[] {"url", "user_comments", "email", "not_in_schema"}) {
      assertFalse(seen.has(key), key + " must be removed, not nulled");
    }
    ObjectNode frame = (ObjectNode) seen.at("/json_dump/crashing_thread/frames/0");
    assertEquals("crash", frame.path("function").asText());
    assertFalse(frame.has("registers"));
  }

  @Test
  void viewPiiSeesTheDocumentUntouchedButAsACopy() throws JsonProcessingException {
    ObjectNode original = json(PROCESSED);
    ObjectNode seen = redactor.processedCrash(original, Grants.of(Permission.VIEW_PII));
    assertEquals(original, seen);
    seen.remove("url");
    assertTrue(original.has("url"));
  }

  @Test
  void otherPermissionsDoNotUnlockProtectedData() throws JsonProcessingException {
    Grants grants = Grants.of(Permission.VIEW_RAWDUMP, Permission.REPROCESS_CRASHES);
    assertFalse(redactor.processedCrash(json(PROCESSED), grants).has("url"));
  }

  @Test
  void rawCrashesKeepOnlyPublicAnnotations() throws JsonProcessingException {
    ObjectNode raw =
        json(
            """
            {"ProductName": "Firefox", "URL": "https://secret.example/", "Comments": "hi",
             "uuid": "de1bb258-cbbf-4589-a673-34f800160918", "SomethingNew": "x"}
            """);
    ObjectNode seen = redactor.rawCrash(raw, Grants.anonymous());
    assertEquals("Firefox", seen.path("ProductName").asText());
    assertTrue(seen.has("uuid"));
    assertFalse(seen.has("URL"));
    assertFalse(seen.has("Comments"));
    assertFalse(seen.has("SomethingNew"));
    assertTrue(redactor.rawCrash(raw, Grants.of(Permission.VIEW_PII)).has("URL"));
  }

  @Test
  void searchHitsLoseProtectedAndUnknownColumns() throws JsonProcessingException {
    ObjectNode hit = json("{\"signature\": \"crash\", \"url\": \"https://x/\", \"bogus\": 1}");
    ObjectNode seen = redactor.searchHit(hit, Grants.anonymous());
    assertEquals(json("{\"signature\": \"crash\"}"), seen);
    assertEquals(hit, redactor.searchHit(hit, Grants.of(Permission.VIEW_PII)));
  }
}
