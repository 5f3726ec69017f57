package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user who uploads symbols and then submits a crash of that module expects them to be used, even
 * when the processor walked the module without symbols a moment before and remembered the miss (for
 * 600 s on the test stack). This module's symbols are used by no other test.
 */
class SymbolUploadForgetsMissesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DUMP = "breakpad/linux_inline.dmp";
  private static final String MODULE = "linux_inline/BBA6FA10B8AAB33D00000000000000000";
  private static final String SYM = "breakpad/symbols/" + MODULE + "/linux_inline.new.sym";

  @Test
  void symbolsUploadedAfterAMissAreUsedAtOnce() throws Exception {
    Bucket.delete("symbols/" + MODULE + "/linux_inline.sym");
    Path dump = TestCrashes.corpus(DUMP);

    JsonNode before = process(dump);
    JsonNode topBefore = before.at("/json_dump/crashing_thread/frames/0");
    assertEquals("linux_inline", topBefore.path("module").asText(), before.toString());
    assertTrue(topBefore.path("missing_symbols").asBoolean(), topBefore.toString());

    long uploaded = System.nanoTime();
    SymbolUploads.upload(TestCrashes.corpus(SYM));
    JsonNode after = process(dump);
    JsonNode topAfter = after.at("/json_dump/crashing_thread/frames/0");
    System.out.printf(
        "symbols used %d ms after their upload%n", (System.nanoTime() - uploaded) / 1_000_000);
    assertFalse(topAfter.path("missing_symbols").asBoolean(), topAfter.toString());
    assertFalse(topAfter.path("function").asText("").isEmpty(), topAfter.toString());
    assertFalse(after.path("signature").asText().startsWith("linux_inline@0x"), after.toString());
  }

  private static JsonNode process(Path dump) throws Exception {
    String crashId =
        CrashSubmission.submit(
            Map.of("ProductName", "BreakwaterIT", "Version", "2.0", "ReleaseChannel", "nightly"),
            dump);
    CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
        .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
    // The search document has no dump: the walked frames are in the stored processed crash.
    return JSON.readTree(Bucket.get("v1/processed_crash/" + crashId).orElseThrow());
  }
}
