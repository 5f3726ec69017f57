package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The self-healing job: a crash stored the way the collector stores it but whose queue message
 * never arrived (a broker lost it, or someone purged the queue) ends up processed and searchable,
 * and listed by {@code /api/MissingProcessedCrash/}, without anyone acting. The test stack runs
 * verifyprocessed every 10 seconds for crashes stored 30 seconds ago or more.
 */
class VerifyProcessedIT {
  private static final Duration HEALED_WITHIN = Duration.ofSeconds(90);

  @Test
  void aStoredCrashWhoseMessageNeverArrivedIsProcessedAndSearchable() throws Exception {
    String crashId = TestCrashes.crashIdToday();
    storeWithoutPublishing(crashId);
    assertTrue(Bucket.get("v1/processed_crash/" + crashId).isEmpty());

    Optional<JsonNode> document = CrashSearch.awaitCrash(crashId, HEALED_WITHIN);

    assertTrue(document.isPresent(), crashId + " was not processed and indexed");
    assertEquals("BreakwaterIT", document.get().path("product").asText());
    assertTrue(Bucket.get("v1/processed_crash/" + crashId).isPresent());
    JsonNode recorded = awaitRecorded(crashId, true, Duration.ofSeconds(60));
    assertEquals(crashId, recorded.path("crash_id").asText());
    assertTrue(recorded.path("is_processed").asBoolean(), "not marked processed: " + recorded);
  }

  /** Dumps, dump names, then the raw crash: the collector's order (DESIGN §4). */
  private static void storeWithoutPublishing(String crashId) throws Exception {
    byte[] dump = Files.readAllBytes(TestCrashes.corpus("breakpad/linux_null_read_av.dmp"));
    Bucket.put("v1/dump/" + crashId, dump);
    Bucket.put(
        "v1/dump_names/" + crashId, "[\"upload_file_minidump\"]".getBytes(StandardCharsets.UTF_8));
    String raw =
        "{\"ProductName\": \"BreakwaterIT\", \"Version\": \"1.0\", \"ReleaseChannel\": \"nightly\","
            + " \"submitted_timestamp\": \""
            + Instant.now()
            + "\", \"uuid\": \""
            + crashId
            + "\"}";
    Bucket.put(TestCrashes.rawCrashKey(crashId), raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The crash's row in the API's list, once it has {@code processed}. */
  private static JsonNode awaitRecorded(String crashId, boolean processed, Duration max)
      throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    JsonNode last = null;
    do {
      last = findRecorded(crashId);
      if (last != null && last.path("is_processed").asBoolean() == processed) {
        return last;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(crashId + " not listed with is_processed=" + processed + ": " + last);
  }

  private static JsonNode findRecorded(String crashId) throws Exception {
    String url = Stack.get("webapp.url") + "/api/MissingProcessedCrash/?page=1";
    while (url != null) {
      JsonNode page = Http.json(Http.get(url));
      for (JsonNode row : page.path("results")) {
        if (row.path("crash_id").asText().equals(crashId)) {
          return row;
        }
      }
      url = page.path("next").isTextual() ? page.path("next").asText() : null;
    }
    return null;
  }
}
