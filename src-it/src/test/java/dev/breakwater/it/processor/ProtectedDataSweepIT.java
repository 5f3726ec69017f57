package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import dev.breakwater.it.accounts.ApiTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protected-data sweep: one crash carrying a URL, an email address, comments and a dump is
 * fetched through every endpoint that answers crash data, by three callers: anonymous, a token
 * lacking the permissions (its owner holds them), and a token carrying them. The secrets may appear
 * only in the last case, in any endpoint, header or body.
 */
class ProtectedDataSweepIT {
  private static final String URL = "https://intranet.sweep.example/private?session=4f1c";
  private static final String EMAIL = "sweep-reporter@mail.sweep.example";
  private static final String COMMENTS = "sweep comment: my password is hunter2";
  private static final List<String> SECRETS =
      List.of("intranet.sweep", "sweep-reporter", "hunter2");
  private static final Path DUMP = TestCrashes.corpus("breakpad/linux_null_read_av.dmp");

  private static String crashId;
  private static String withoutPermission;
  private static String withPermission;

  @BeforeAll
  static void submitTheCrashAndIssueTokens() throws Exception {
    crashId =
        CrashSubmission.submit(
            Map.of(
                "ProductName",
                "SweepIT",
                "Version",
                "1.0",
                "ReleaseChannel",
                "release",
                "URL",
                URL,
                "Email",
                EMAIL,
                "Comments",
                COMMENTS),
            DUMP);
    CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
        .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
    withoutPermission = ApiTokens.issue(false, "reprocess_crashes", "run_long_queries");
    withPermission = ApiTokens.issue(false, "view_pii", "view_rawdump");
  }

  /**
   * Every request that can answer this crash's data, filters and aggregations on secrets included.
   */
  private static List<String> crashDataRequests() {
    String uuid = "uuid=" + crashId;
    String search = "SuperSearch/?" + uuid;
    return List.of(
        "ProcessedCrash/?crash_id=" + crashId,
        "RawCrash/?crash_id=" + crashId,
        "RawCrash/?crash_id=" + crashId + "&format=meta",
        columns(),
        facets(),
        search + "&_aggs.signature=url&_aggs.product=email",
        search + "&_aggs.product.version=user_comments",
        search + "&_cardinality.url&_histogram.date=email",
        search + "&_sort=url&_columns=uuid",
        search + "&url=~intranet&email=%5Esweep-reporter&_columns=uuid",
        search + "&_return_query=true&url=intranet.sweep.example",
        unredacted(),
        "SuperSearchUnredacted/?" + uuid + "&_facets=url",
        "CrashVerify/?crash_id=" + crashId);
  }

  private static String columns() {
    return "SuperSearch/?uuid=" + crashId + "&_columns=url&_columns=email&_columns=user_comments";
  }

  private static String facets() {
    return "SuperSearch/?uuid=" + crashId + "&_facets=url&_facets=email&_facets=user_comments";
  }

  private static String unredacted() {
    return "SuperSearchUnredacted/?uuid="
        + crashId
        + "&_columns=url&_columns=email&_columns=user_comments";
  }

  private static HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/" + pathAndQuery));
    if (token != null) {
      request.header("Auth-Token", token);
    }
    return Http.send(request.GET().build());
  }

  private static List<String> leaks(String caller, String token) throws Exception {
    List<String> leaks = new ArrayList<>();
    for (String path : crashDataRequests()) {
      HttpResponse<String> response = get(path, token);
      String seen = response.headers().map() + "\n" + response.body();
      for (String secret : SECRETS) {
        if (seen.contains(secret)) {
          leaks.add(caller + " " + path + " (" + response.statusCode() + ") shows " + secret);
        }
      }
      assertTrue(response.statusCode() < 500, path + " answered " + response.body());
    }
    return leaks;
  }

  @Test
  void anonymousCallersSeeNoSecretAnywhere() throws Exception {
    assertEquals(List.of(), leaks("anonymous", null));
  }

  @Test
  void aTokenWithoutThePermissionSeesNoSecretAlthoughItsOwnerMay() throws Exception {
    assertEquals(List.of(), leaks("token without view_pii", withoutPermission));
  }

  @Test
  void theSecretsAppearWithThePermission() throws Exception {
    String processed = get("ProcessedCrash/?crash_id=" + crashId, withPermission).body();
    assertTrue(processed.contains(URL.replace("/", "\\/")) || processed.contains(URL), processed);
    assertTrue(processed.contains(EMAIL), processed);
    assertTrue(processed.contains(COMMENTS), processed);
    String raw = get("RawCrash/?crash_id=" + crashId, withPermission).body();
    assertTrue(raw.contains(EMAIL) && raw.contains(COMMENTS), raw);
    String columns = get(columns(), withPermission).body();
    assertTrue(columns.contains(EMAIL) && columns.contains("hunter2"), columns);
    String facets = get(facets(), withPermission).body();
    assertTrue(facets.contains(EMAIL), facets);
    String unredacted = get(unredacted(), withPermission).body();
    assertTrue(unredacted.contains(EMAIL), unredacted);
  }

  @Test
  void aFilterOnAProtectedFieldIsDroppedUnlessTheCallerMaySeeIt() throws Exception {
    String noMatch = "SuperSearch/?uuid=" + crashId + "&email=nobody@nowhere.example&_columns=uuid";
    assertEquals(1, totalOf(get(noMatch, null)), "ignored for anonymous callers");
    assertEquals(1, totalOf(get(noMatch, withoutPermission)), "ignored without view_pii");
    assertEquals(0, totalOf(get(noMatch, withPermission)), "applied with view_pii");
  }

  private static long totalOf(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).path("total").asLong();
  }

  @Test
  void theDumpNeedsViewRawdump() throws Exception {
    String path = "RawCrash/?crash_id=" + crashId + "&format=raw&name=upload_file_minidump";
    for (String token : new String[] {null, withoutPermission}) {
      HttpResponse<String> refused = get(path, token);
      assertEquals(403, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("View Raw Dumps"), refused.body());
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/" + path))
            .header("Auth-Token", withPermission)
            .GET()
            .build();
    HttpResponse<byte[]> dump = Http.sendForBytes(request);
    assertEquals(200, dump.statusCode(), new String(dump.body(), StandardCharsets.UTF_8));
    assertArrayEquals(Files.readAllBytes(DUMP), dump.body());
  }

  @Test
  void theUnredactedSearchIsRefusedWithoutViewPii() throws Exception {
    for (String token : new String[] {null, withoutPermission}) {
      HttpResponse<String> refused = get(unredacted(), token);
      assertEquals(403, refused.statusCode(), refused.body());
      assertFalse(refused.body().contains("sweep"), refused.body());
    }
  }
}
