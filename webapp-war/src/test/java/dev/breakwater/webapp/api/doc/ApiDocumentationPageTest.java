package dev.breakwater.webapp.api.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.crash.access.Permission;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDocumentationPageTest {

  private static final DocumentedEndpoint REPROCESSING =
      new DocumentedEndpoint(
          "Reprocessing",
          "/api/Reprocessing/",
          List.of("POST"),
          "Queues <crashes> & answers \"null\"",
          List.of(Permission.REPROCESS_CRASHES),
          List.of(
              new DocumentedParameter(
                  "crash_ids", ParameterType.STRINGS, true, "", "IDs <script>alert(1)</script>")));

  @Test
  void listsEachEndpointWithItsParametersAndPermission() {
    String html = ApiDocumentationPage.render("/ctx", List.of(REPROCESSING), "ada", List.of(), 0);
    assertTrue(html.contains("<section class=\"panel endpoint\" id=\"Reprocessing\">"), html);
    assertTrue(html.contains("<strong>POST</strong> <code>/ctx/api/Reprocessing/</code>"), html);
    assertTrue(html.contains("<strong>Reprocess Crashes</strong> permission"), html);
    assertTrue(
        html.contains(
            "<tr><td><strong>crash_ids</strong></td><td>Required</td><td>List of strings</td>"),
        html);
    assertTrue(html.contains("<a href=\"#Reprocessing\">Reprocessing</a>"), "contents");
    assertTrue(html.contains("You are <strong>ada</strong>, with no permissions"), html);
    assertTrue(html.contains("href=\"/ctx/assets/api-documentation.css\""), html);
  }

  @Test
  void everyTextIsEscaped() {
    String html =
        ApiDocumentationPage.render(
            "", List.of(REPROCESSING), "<b>mallory</b>", List.of(Permission.VIEW_PII), 0);
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<b>mallory"), html);
    assertTrue(html.contains("IDs &lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("Queues &lt;crashes&gt; &amp; answers &quot;null&quot;"), html);
  }

  @Test
  void saysHowManyEndpointsAreHiddenWithoutNamingThem() {
    String html = ApiDocumentationPage.render("", List.of(), null, List.of(), 2);
    assertTrue(html.contains("2 endpoints need permissions you do not hold"), html);
    assertTrue(html.contains("You are not logged in"), html);
    assertFalse(html.contains("Reprocessing"));
  }

  @Test
  void readOnlyEndpointsWithoutRequiredParametersCanBeTriedByFollowingALink() {
    DocumentedEndpoint fields =
        new DocumentedEndpoint(
            "SuperSearchFields",
            "/api/SuperSearchFields/",
            List.of("GET"),
            "x",
            List.of(),
            List.of());
    String html =
        ApiDocumentationPage.render("", List.of(fields, REPROCESSING), null, List.of(), 0);
    assertTrue(html.contains("<a href=\"/api/SuperSearchFields/\">try it</a>"), html);
    assertFalse(html.contains("<a href=\"/api/Reprocessing/\">try it</a>"), html);
  }

  @Path("SuperSearch")
  static class Named {}

  @Path("symbols/upload")
  static class Nested {}

  @Test
  void endpointNamesGetTheSlashSocorroRequires() {
    assertEquals("/api/SuperSearch/", ApiCatalog.path(Named.class));
    assertEquals("/api/symbols/upload", ApiCatalog.path(Nested.class));
  }
}
