package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/SuperSearch/}, {@code /api/SuperSearchUnredacted/} and {@code
 * /api/SuperSearchFields/} as Socorro's clients call them, on a crash submitted to the collector.
 */
class SuperSearchApiIT {
  private static String crashId;

  @BeforeAll
  static void submitACrash() throws Exception {
    crashId =
        CrashSubmission.submit(
            Map.of(
                "ProductName", "BreakwaterIT",
                "Version", "7.0",
                "URL", "https://example.com/private"),
            TestCrashes.corpus("breakpad/linux_null_read_av.dmp"));
    CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
        .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return Http.get(Stack.get("webapp.url") + pathAndQuery);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void findsTheCrashWithoutItsProtectedFields() throws Exception {
    HttpResponse<String> response =
        get(
            "/api/SuperSearch/?uuid="
                + crashId
                + "&_columns=uuid&_columns=url&_columns=product&_facets=platform"
                + "&url="
                + encoded("~nothing-like-it"));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("private, max-age=300", response.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode answer = Http.json(response);
    assertEquals(1, answer.path("total").asInt(), "the protected url filter is dropped: " + answer);
    JsonNode hit = answer.path("hits").get(0);
    assertEquals(crashId, hit.path("uuid").asText());
    assertEquals("BreakwaterIT", hit.path("product").asText());
    assertFalse(hit.has("url"), "protected columns are removed: " + hit);
    assertEquals("Linux", answer.at("/facets/platform/0/term").asText(), answer.toString());
    assertEquals(1, answer.at("/facets/platform/0/count").asInt());
  }

  /** A + left unencoded in a date arrives as a space, which Socorro's clients rely on. */
  @Test
  void datesWithAnUnencodedPlusAreRead() throws Exception {
    String today = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    JsonNode answer =
        Http.json(
            get(
                "/api/SuperSearch/?uuid="
                    + crashId
                    + "&date="
                    + encoded(">=")
                    + today
                    + "T00:00:00+00:00"));
    assertEquals(1, answer.path("total").asInt(), answer.toString());
  }

  @Test
  void theEndpointsAnswerOnlyWithATrailingSlash() throws Exception {
    HttpResponse<String> response = get("/api/SuperSearch?uuid=" + crashId);
    assertEquals(301, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/api/SuperSearch/?uuid=" + crashId),
        response.headers().map().toString());
    assertEquals(301, get("/api/SuperSearchFields").statusCode());
  }

  @Test
  void unredactedSearchNeedsViewPii() throws Exception {
    HttpResponse<String> response = get("/api/SuperSearchUnredacted/?uuid=" + crashId);
    assertEquals(403, response.statusCode());
    assertEquals(
        "Use of this endpoint requires the 'View Personal Identifiable Information' permission",
        Http.json(response).path("error").asText());
  }

  @Test
  void badParametersAre400WithAReason() throws Exception {
    HttpResponse<String> notANumber = get("/api/SuperSearch/?_results_number=ten");
    assertEquals(400, notANumber.statusCode());
    assertEquals(
        "Enter a whole number.", Http.json(notANumber).at("/errors/_results_number/0").asText());
    HttpResponse<String> unknown = get("/api/SuperSearch/?_columns=nope");
    assertEquals(400, unknown.statusCode());
    assertEquals(
        "Bad request: BadArgumentError: Unknown field 'nope'",
        Http.json(unknown).path("error").asText());
    assertEquals(400, get("/api/SuperSearch/?signature=a%00b").statusCode());
    assertEquals(400, get("/api/SuperSearch/?date=2024-01-01").statusCode());
    HttpResponse<String> tooComplex =
        get("/api/SuperSearch/?signature=" + encoded("@(a|b)*a(a|b){25}"));
    assertEquals(400, tooComplex.statusCode(), tooComplex.body());
    assertTrue(Http.json(tooComplex).path("error").asText().contains("too complex"));
  }

  @Test
  void fieldsInSocorrosShape() throws Exception {
    HttpResponse<String> response = get("/api/SuperSearchFields/");
    assertEquals(200, response.statusCode());
    JsonNode url = Http.json(response).path("url");
    assertEquals("str", url.path("data_validation_type").asText());
    assertEquals("crashstats.view_pii", url.at("/webapp_permissions_needed/0").asText());
    assertEquals("date_processed", Http.json(response).at("/date/in_database_name").asText());
  }
}
