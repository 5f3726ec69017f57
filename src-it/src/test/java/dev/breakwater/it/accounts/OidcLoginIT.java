package dev.breakwater.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import dev.breakwater.it.PayaraMicro;
import dev.breakwater.it.Stack;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login through a real OpenID Connect provider: the test stack's Keycloak, with the realm of
 * config/test/keycloak/ (user grace in groups Hackers and Outsiders). A second webapp, configured
 * for {@code mechanism=oidc}, is started for it; a browser follows the redirects, types the
 * password into Keycloak's own form, and comes back logged in with the permissions of its groups.
 */
class OidcLoginIT {
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  /** Under target/, not a temporary directory: the webapp's log outlives a failed run. */
  private static final Path root = Path.of("target", "oidc-login-it").toAbsolutePath();

  private static Process webapp;
  private static String base;

  @BeforeAll
  static void startAWebappThatLogsInWithOidc() throws Exception {
    Assumptions.assumeTrue(
        Stack.has("keycloak.realm.url"),
        "no Keycloak in this stack: run with BREAKWATER_OIDC_TESTS=1 bin/breakwater test");
    int port = Integer.parseInt(Stack.get("oidc.webapp.port"));
    base = "http://127.0.0.1:" + port;
    Files.createDirectories(root);
    Path properties = root.resolve("webapp.properties");
    String overrides =
        String.join(
            "\n",
            "breakwater.webapp.auth.mechanism=oidc",
            "breakwater.webapp.auth.oidc.provider-uri=" + Stack.get("keycloak.realm.url"),
            "breakwater.webapp.auth.oidc.client-id=breakwater-webapp",
            "breakwater.webapp.auth.oidc.client-secret=breakwater-oidc-secret",
            "breakwater.webapp.auth.oidc.redirect-uri=" + base + "/oidc/callback",
            "");
    Files.writeString(
        properties, Files.readString(Stack.file("app.properties.webapp")) + "\n" + overrides);
    webapp =
        PayaraMicro.start(
            "breakwater-webapp-oidc-it",
            port,
            "-Xmx384m",
            root.resolve("payara"),
            root.resolve("webapp.log"),
            List.of(
                "--prebootcommandfile",
                Stack.file("app.preboot.webapp").toString(),
                "--systemproperties",
                properties.toString()),
            "archive.artemis-ra",
            "archive.webapp");
    awaitReady();
  }

  @AfterAll
  static void stopIt() throws Exception {
    if (webapp != null) {
      webapp.destroy();
      if (!webapp.waitFor(60, TimeUnit.SECONDS)) {
        webapp.destroyForcibly();
      }
    }
  }

  private static void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(webapp.isAlive(), "the OIDC webapp exited; see " + root.resolve("webapp.log"));
      try {
        // Ready with the webapp's own checks: before the webapp is deployed (the resource
        // adapter is), readiness is UP with no checks at all.
        // And serving: readiness turns UP a few seconds before the last of the deployment is
        // done, and pages answer 500 meanwhile.
        HttpResponse<String> ready = Http.get(base + "/health/ready");
        if (ready.statusCode() == 200
            && ready.body().contains("\"database\"")
            && Http.get(base + "/api/NoOp/?product=x").statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the OIDC webapp is not ready; see " + root.resolve("webapp.log"));
  }

  /**
   * Cookies as a browser keeps them for a loopback address: Keycloak marks its cookies Secure, and
   * browsers treat http://127.0.0.1 as a secure context and send them; Java's CookieManager sends
   * Secure cookies only over https, so the requests are matched as if they were.
   */
  private static final class LoopbackCookies extends CookieHandler {
    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws IOException {
      return cookies.get(asSecure(uri), headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      cookies.put(asSecure(uri), headers);
    }

    private static URI asSecure(URI uri) {
      return uri.getScheme().equals("http") && uri.getHost().equals("127.0.0.1")
          ? URI.create("https" + uri.toString().substring("http".length()))
          : uri;
    }
  }

  /** A browser: cookies kept for both sites, redirects followed by the test to look at them. */
  private static final class Browser {
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> get(String url) throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
      String body =
          form.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return client.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects from {@code response} until a page answers. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
      for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
        String location = response.headers().firstValue("Location").orElseThrow();
        response = get(response.uri().resolve(location).toString());
      }
      return response;
    }

    static boolean isRedirect(HttpResponse<String> response) {
      return response.statusCode() >= 301 && response.statusCode() <= 308;
    }
  }

  /** Opens the webapp's login, which sends the browser on to Keycloak's login form. */
  private static HttpResponse<String> keycloakLoginPage(Browser browser) throws Exception {
    HttpResponse<String> login = browser.get(base + "/login?next=/login");
    assertTrue(
        Browser.isRedirect(login),
        "login starts at the provider: " + login.statusCode() + " " + login.body());
    HttpResponse<String> form = browser.follow(login);
    assertEquals(200, form.statusCode(), form.uri() + " " + form.body());
    assertTrue(
        form.uri().toString().startsWith(Stack.get("keycloak.realm.url")),
        "the form is the provider's: " + form.uri());
    return form;
  }

  private static String formAction(HttpResponse<String> page) {
    Matcher action = FORM_ACTION.matcher(page.body());
    assertTrue(action.find(), "Keycloak's login form: " + page.body());
    return action.group(1).replace("&amp;", "&");
  }

  @Test
  void aUserLogsInAtTheProviderAndGetsThePermissionsOfTheirGroups() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> form = keycloakLoginPage(browser);
    HttpResponse<String> signedIn =
        browser.post(formAction(form), Map.of("username", "grace", "password", "grace-password"));
    assertTrue(Browser.isRedirect(signedIn), "back to the webapp: " + signedIn.body());
    assertTrue(
        signedIn.headers().firstValue("Location").orElse("").startsWith(base + "/oidc/callback"),
        signedIn.headers().map().toString());

    HttpResponse<String> landed = browser.follow(signedIn);
    assertEquals(200, landed.statusCode(), landed.uri() + " " + landed.body());
    assertTrue(landed.body().contains("logged in as <strong>grace</strong>"), landed.body());

    // Hackers (a claim of the ID token) is a local group: its permissions come with it.
    HttpResponse<String> token =
        browser.client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/tokens/"))
                .header("Content-Type", "application/json")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString("{\"permissions\": [\"view_pii\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, token.statusCode(), token.body());
    String key = Http.json(token).path("key").asText();
    HttpResponse<String> used =
        Http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/SuperSearchUnredacted/?_results_number=0"))
                .header("Auth-Token", key)
                .GET()
                .build());
    assertEquals(200, used.statusCode(), "view_pii from the Hackers group: " + used.body());
  }

  @Test
  void aWrongPasswordLeavesTheBrowserLoggedOut() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> form = keycloakLoginPage(browser);
    HttpResponse<String> refused =
        browser.post(formAction(form), Map.of("username", "grace", "password", "not-her-password"));
    assertEquals(200, refused.statusCode(), "Keycloak shows its form again");
    assertFalse(refused.uri().toString().startsWith(base));
    HttpResponse<String> tokens =
        browser.client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/tokens/"))
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        tokens.statusCode() == 401 || tokens.statusCode() == 403,
        "no session: " + tokens.statusCode() + " " + tokens.body());
  }
}
