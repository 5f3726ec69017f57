package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A crash submitted to the collector becomes a processed crash in storage and a searchable document
 * in Elasticsearch, symbolicated with symbols uploaded to the project's own symbol store.
 */
class SubmitToSearchIT {
  @Test
  void aSubmittedCrashIsSearchableWithItsSymbolicatedSignature() throws Exception {
    // Uploaded as users do: through the webapp, which tells every processor, so that one which
    // already walked this dump without them (another test's crash) does not keep its miss.
    SymbolUploads.upload(
        TestCrashes.corpus(
            "breakpad/symbols/null_read_av/7B7D1968FF0D47AE4366E9C3A7E1B6750/null_read_av.sym"));
    long start = System.nanoTime();
    String crashId =
        CrashSubmission.submit(
            Map.of(
                "ProductName",
                "BreakwaterIT",
                "Version",
                "3.1.4",
                "ReleaseChannel",
                "beta",
                "URL",
                "https://example.com/private"),
            TestCrashes.corpus("breakpad/linux_null_read_av.dmp"));

    JsonNode document =
        CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
            .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
    System.out.printf(
        "submit -> searchable: %d ms (crash %s)%n",
        (System.nanoTime() - start) / 1_000_000, crashId);

    assertEquals("crash", document.path("signature").asText(), document.toString());
    assertEquals("BreakwaterIT", document.path("product").asText());
    assertEquals("3.1.4", document.path("version").asText());
    assertEquals(3, document.path("major_version").asInt());
    assertEquals("Linux", document.path("os_name").asText());
    assertEquals("Linux", document.path("platform").asText());
    assertEquals("amd64", document.path("cpu_arch").asText());
    assertEquals("0x0000000000000000", document.path("address").asText());
    // Search holds what it filters, sorts and counts by; the walked dump (every thread and
    // module) would cost Elasticsearch as much CPU per crash as processing it.
    assertTrue(document.path("json_dump").isMissingNode(), "json_dump is not indexed");
    assertEquals(1, CrashSearch.count(crashId), "one document per crash");

    JsonNode processed =
        new ObjectMapper().readTree(Bucket.get("v1/processed_crash/" + crashId).orElseThrow());
    assertEquals("crash", processed.path("signature").asText());
    assertTrue(processed.path("json_dump").path("threads").isArray(), "the dump is in storage");
    assertEquals(document.path("date").asText(), processed.path("date_processed").asText());
    assertEquals("https://example.com/private", processed.path("url").asText());
  }
}
