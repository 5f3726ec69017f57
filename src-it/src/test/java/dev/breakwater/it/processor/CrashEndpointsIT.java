package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crash endpoints of {@code /api/} as an anonymous Socorro client sees them, on a crash that
 * went through the real collector and processor: answers, error bodies, and no protected value.
 */
class CrashEndpointsIT {
  private static final String SECRET_URL = "https://secret.example/private?token=123";
  private static final String SECRET_EMAIL = "someone@secret.example";
  private static String crashId;

  @BeforeAll
  static void submitOneCrash() throws Exception {
    crashId =
        CrashSubmission.submit(
            Map.of(
                "ProductName", "BreakwaterIT",
                "Version", "4.0",
                "ReleaseChannel", "release",
                "URL", SECRET_URL,
                "Email", SECRET_EMAIL,
                "Comments", "it crashed </script><script>alert(1)</script>"),
            TestCrashes.corpus("breakpad/linux_null_read_av.dmp"));
    CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
        .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
  }

  private static HttpResponse<String> api(String pathAndQuery) throws Exception {
    return Http.get(Stack.get("webapp.url") + "/api/" + pathAndQuery);
  }

  @Test
  void processedCrashIsPublicOnlyForAnonymousCallers() throws Exception {
    HttpResponse<String> response = api("ProcessedCrash/?crash_id=" + crashId);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode crash = Http.json(response);
    assertEquals(crashId, crash.path("uuid").asText());
    assertEquals("BreakwaterIT", crash.path("product").asText());
    for (String key : new String[] {"url", "email", "user_comments"}) {
      assertFalse(crash.has(key), key + " must be removed: " + response.body());
    }
    assertFalse(response.body().contains("secret.example"), response.body());
    assertFalse(
        crash.at("/json_dump/crashing_thread/frames/0").has("registers"),
        "stack memory and registers are protected");
  }

  @Test
  void rawCrashAnnotationsArePublicOnlyAndDumpsNeedViewRawdump() throws Exception {
    HttpResponse<String> meta = api("RawCrash/?crash_id=" + crashId);
    assertEquals(200, meta.statusCode(), meta.body());
    assertEquals("BreakwaterIT", Http.json(meta).path("ProductName").asText());
    assertFalse(meta.body().contains("secret.example"), meta.body());
    assertFalse(Http.json(meta).has("Comments"));

    HttpResponse<String> raw = api("RawCrash/?crash_id=" + crashId + "&format=raw");
    assertEquals(403, raw.statusCode(), raw.body());
    assertEquals(
        "Binary response requires permissions: View Raw Dumps",
        Http.json(raw).path("error").asText());

    HttpResponse<String> bogus = api("RawCrash/?crash_id=" + crashId + "&format=xml");
    assertEquals(400, bogus.statusCode());
    assertEquals(
        "Bad request: BadArgumentError: Bad value for parameter(s) 'format'",
        Http.json(bogus).path("error").asText());
  }

  @Test
  void errorsHaveSocorrosBodies() throws Exception {
    HttpResponse<String> missing = api("ProcessedCrash/");
    assertEquals(400, missing.statusCode());
    assertEquals("This field is required.", Http.json(missing).at("/errors/crash_id/0").asText());

    HttpResponse<String> malformed = api("ProcessedCrash/?crash_id=not-a-crash-id");
    assertEquals(400, malformed.statusCode());
    assertEquals(
        "Bad request: BadArgumentError: Bad value for parameter(s) 'uuid'",
        Http.json(malformed).path("error").asText());

    String unknown = TestCrashes.crashIdToday();
    HttpResponse<String> notFound = api("ProcessedCrash/?crash_id=" + unknown);
    assertEquals(404, notFound.statusCode());
    assertEquals(
        "Not found: CrashIDNotFound " + unknown, Http.json(notFound).path("error").asText());

    HttpResponse<String> noService = api("NoSuchThing/");
    assertEquals(404, noService.statusCode());
    assertEquals("No service called 'NoSuchThing'", Http.json(noService).path("error").asText());

    HttpResponse<String> nul = api("ProcessedCrash/?crash_id=%00");
    assertEquals(400, nul.statusCode(), nul.body());
  }

  @Test
  void aNameWithoutItsSlashIsRedirected() throws Exception {
    HttpResponse<String> response = api("ProcessedCrash?crash_id=" + crashId);
    assertEquals(301, response.statusCode());
    String location = response.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/ProcessedCrash/?crash_id=" + crashId), location);
  }

  @Test
  void reprocessingNeedsItsPermissionBeforeAnythingElse() throws Exception {
    HttpResponse<String> post =
        Http.send(
            HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/Reprocessing/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("crash_ids=" + crashId))
                .build());
    assertEquals(403, post.statusCode(), post.body());
    assertEquals(
        "Use of this endpoint requires the 'Reprocess Crashes' permission",
        Http.json(post).path("error").asText());
    assertEquals(403, api("Reprocessing/").statusCode());
  }

  @Test
  void crashVerifyFindsTheCrashEverywhere() throws Exception {
    JsonNode verify = Http.json(api("CrashVerify/?crash_id=" + crashId));
    assertEquals(crashId, verify.path("uuid").asText());
    assertTrue(verify.path("raw_crash").asBoolean(), verify.toString());
    assertTrue(verify.path("processed_crash").asBoolean(), verify.toString());
    assertTrue(verify.path("elasticsearch_crash").asBoolean(), verify.toString());
    assertFalse(verify.path("telemetry_crash").asBoolean());
    HttpResponse<String> bad = api("CrashVerify/?crash_id=nope");
    assertEquals(400, bad.statusCode());
    assertEquals("unknown crash id", Http.json(bad).path("error").asText());
  }

  @Test
  void crashSignatureRunsTheProcessorsSignatureGeneration() throws Exception {
    String job =
        "{\"jobs\":[{\"crashing_thread\":0,\"json_dump\":{\"crashing_thread\":{\"frames\":["
            + "{\"frame\":0,\"module\":\"app\",\"function\":\"crash_here\"},"
            + "{\"frame\":1,\"module\":\"app\",\"function\":\"main\"}]}}}]}";
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/CrashSignature/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(job, StandardCharsets.UTF_8))
                .build());
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = Http.json(response).at("/results/0");
    assertEquals("crash_here", result.path("signature").asText(), response.body());
    assertTrue(result.path("notes").isArray());

    HttpResponse<String> none =
        Http.send(
            HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/CrashSignature/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jobs\":[]}"))
                .build());
    assertEquals(400, none.statusCode());
    assertEquals("no jobs specified", Http.json(none).path("error").asText());
  }

  @Test
  void noOpAnswersEmptyHitsAndItsDocumentedError() throws Exception {
    HttpResponse<String> ok = api("NoOp/?product=Anything");
    assertEquals(200, ok.statusCode());
    assertEquals(0, Http.json(ok).path("total").asInt());
    assertEquals("private, max-age=300", ok.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(400, api("NoOp/?product=bad").statusCode());
  }

  @Test
  void aStoredButUnprocessedCrashAskedForIsProcessedAhead() throws Exception {
    String stored = TestCrashes.crashIdToday();
    String raw =
        "{\"ProductName\":\"BreakwaterIT\",\"Version\":\"1.0\",\"uuid\":\""
            + stored
            + "\",\"submitted_timestamp\":\""
            + Instant.now()
            + "\"}";
    // Stored the way the collector stores it, but never queued: only the request can queue it.
    Bucket.put(TestCrashes.rawCrashKey(stored), raw.getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> first = api("ProcessedCrash/?crash_id=" + stored);
    assertEquals(404, first.statusCode(), first.body());

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> later = first;
    while (later.statusCode() == 404 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      later = api("ProcessedCrash/?crash_id=" + stored);
    }
    assertEquals(200, later.statusCode(), "never processed: " + later.body());
    assertEquals(stored, Http.json(later).path("uuid").asText());
  }
}
