package dev.breakwater.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import dev.breakwater.it.accounts.ApiTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/}, the API reference, as a person opening it in a browser sees it: generated from
 * the endpoint declarations and the search-field registry, it lists what the caller may use.
 */
class ApiDocumentationIT {

  private static HttpResponse<String> reference(String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.get("webapp.url") + "/api/"))
            .header("Accept", "text/html");
    if (token != null) {
      request.header("Auth-Token", token);
    }
    return Http.send(request.GET().build());
  }

  private static boolean lists(HttpResponse<String> page, String endpoint) {
    return page.body().contains("<section class=\"panel endpoint\" id=\"" + endpoint + "\">");
  }

  private static boolean hasParameterRow(HttpResponse<String> page, String parameter) {
    return page.body().contains("<tr><td><strong>" + parameter + "</strong></td>");
  }

  @Test
  void anonymousCallersSeeThePublicEndpointsWithTheirParameters() throws Exception {
    HttpResponse<String> page = reference(null);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("default-src 'none'"), policy);
    for (String endpoint :
        new String[] {
          "SuperSearch",
          "SuperSearchFields",
          "ProcessedCrash",
          "RawCrash",
          "NoOp",
          "Bugs",
          "SignaturesByBugs",
          "SignatureFirstDate",
          "VersionString",
          "MissingProcessedCrash",
          "CrashSignature"
        }) {
      assertTrue(lists(page, endpoint), endpoint + " missing from the reference");
    }
    for (String endpoint :
        new String[] {"SuperSearchUnredacted", "Reprocessing", "admin/bug-links"}) {
      assertFalse(lists(page, endpoint), endpoint + " needs a permission: " + endpoint);
    }
    assertTrue(page.body().contains("not listed"), "the hidden endpoints are mentioned");
    assertTrue(hasParameterRow(page, "crash_id"));
    assertTrue(hasParameterRow(page, "_results_number"));
    assertTrue(hasParameterRow(page, "signature"), "search fields come from the registry");
    assertFalse(hasParameterRow(page, "url"), "protected fields are not offered anonymously");
    assertFalse(hasParameterRow(page, "email"));
  }

  @Test
  void aTokenWithPermissionsSeesTheEndpointsAndFieldsTheyUnlock() throws Exception {
    String token = ApiTokens.issue(false, "view_pii", "reprocess_crashes");
    HttpResponse<String> page = reference(token);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(lists(page, "SuperSearchUnredacted"));
    assertTrue(lists(page, "Reprocessing"));
    assertFalse(lists(page, "admin/bug-links"), "admin only");
    assertTrue(hasParameterRow(page, "url"), "view_pii unlocks the protected fields");
    assertTrue(page.body().contains("Reprocess Crashes"), "the permission is named");
    assertTrue(reference(null).body().length() < page.body().length());
  }

  @Test
  void theStylesheetItNamesIsServed() throws Exception {
    HttpResponse<String> css = Http.get(Stack.get("webapp.url") + "/assets/api-documentation.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }
}
