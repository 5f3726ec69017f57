package dev.breakwater.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accounts and API tokens as people use them: an operator creates a user with {@code bin/breakwater
 * user add}, the user logs in through the login form, creates an API token with some of their
 * permissions, and scripts use it in {@code Auth-Token} until it is revoked, expires or its owner
 * is deactivated.
 */
class AccountsIT {
  private static final String PASSWORD = "a long test password";

  private static String newUser(String... groupOptions) throws Exception {
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new java.util.ArrayList<>(List.of("add", name));
    args.addAll(List.of(groupOptions));
    UserCommand.run(PASSWORD, args.toArray(String[]::new));
    return name;
  }

  private static JsonNode createToken(Browser browser, String body) throws Exception {
    HttpResponse<String> created = browser.json("POST", "/api/tokens/", body);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created);
  }

  private static HttpResponse<String> withToken(String path, String key) throws Exception {
    return Http.send(
        HttpRequest.newBuilder(Browser.url(path))
            .header("Auth-Token", key)
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  private static HttpResponse<String> uploadSymbols(String header, String value) throws Exception {
    String debugId = UUID.randomUUID().toString().replace("-", "").toUpperCase() + "0";
    byte[] sym =
        ("MODULE Linux x86_64 " + debugId + " accounts-it.so\nPUBLIC 1000 0 f\n")
            .getBytes(StandardCharsets.US_ASCII);
    return Http.send(
        HttpRequest.newBuilder(Browser.url("/api/symbols/upload"))
            .header("Content-Type", "text/plain")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofByteArray(sym))
            .build());
  }

  @Test
  void aUserLogsInWithTheFormAndOnlyWithTheRightPassword() throws Exception {
    String user = newUser("--group", "Hackers");
    Browser browser = new Browser();

    HttpResponse<String> page = browser.get("/login");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<form method=\"post\""), page.body());
    String cookie = page.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("csrf_token", browser.formToken(page.body()));
    wrong.put("username", user);
    wrong.put("password", "not the password");
    HttpResponse<String> refused = browser.postForm("/login", wrong);
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Wrong user name or password"), refused.body());

    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("csrf_token", "0".repeat(64));
    forged.put("username", user);
    forged.put("password", PASSWORD);
    HttpResponse<String> csrf = browser.postForm("/login", forged);
    assertEquals(403, csrf.statusCode(), "a post without the page's form token logs no one in");

    browser.logIn(user, PASSWORD);
    HttpResponse<String> loggedIn = browser.get("/login");
    assertTrue(loggedIn.body().contains("logged in as <strong>" + user), loggedIn.body());

    Map<String, String> logout = Map.of("csrf_token", browser.formToken(loggedIn.body()));
    HttpResponse<String> out = browser.postForm("/logout", logout);
    assertEquals(303, out.statusCode());
    HttpResponse<String> afterwards = browser.json("GET", "/api/tokens/", null);
    assertEquals(403, afterwards.statusCode(), afterwards.body());
  }

  @Test
  void passwordGuessingIsSlowedPerAddress() throws Exception {
    String user = newUser();
    Browser browser = new Browser();
    String token = browser.formToken(browser.get("/login").body());
    String guesser = "198.19.0." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    Map<String, String> guess = new LinkedHashMap<>();
    guess.put("csrf_token", token);
    guess.put("username", user);
    guess.put("password", "guess");
    HttpResponse<String> answer = null;
    for (int i = 0; i < 200; i++) {
      answer = browser.postForm("/login", guess, guesser);
      if (answer.statusCode() != 401) {
        break;
      }
    }
    assertEquals(429, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Retry-After").isPresent());
    assertTrue(answer.body().contains("Too many login attempts"), answer.body());

    guess.put("password", PASSWORD);
    assertEquals(
        429,
        browser.postForm("/login", guess, guesser).statusCode(),
        "while limited, not even the right password is tried");
    assertEquals(
        303, browser.postForm("/login", guess, "198.19.1.1").statusCode(), "elsewhere it is");
  }

  @Test
  void aTokenCarriesTheChosenPermissionsUntilItIsRevoked() throws Exception {
    String admin = newUser("--admin");
    Browser browser = new Browser();
    browser.logIn(admin, PASSWORD);

    JsonNode uploader =
        createToken(
            browser,
            "{\"permissions\": [\"upload_symbols\"], \"expires_in_days\": 7, \"notes\": \"ci\"}");
    String key = uploader.path("key").asText();
    assertTrue(key.matches("[0-9a-f]{32}"), uploader.toString());
    assertEquals("[\"upload_symbols\"]", uploader.path("permissions").toString());
    JsonNode reader = createToken(browser, "{\"permissions\": [\"view_pii\"]}");

    HttpResponse<String> listed = browser.json("GET", "/api/tokens/", null);
    assertEquals(200, listed.statusCode(), listed.body());
    assertFalse(listed.body().contains(key), "a listing never shows keys");
    assertTrue(listed.body().contains(key.substring(0, 6)), listed.body());
    assertEquals(2, Http.json(listed).path("tokens").size(), listed.body());

    // The token does what its permission allows, whatever else its owner may do.
    assertEquals(201, uploadSymbols("Auth-Token", key).statusCode());
    assertEquals(201, uploadSymbols("Authorization", "Bearer " + key).statusCode());
    HttpResponse<String> notAllowed = uploadSymbols("Auth-Token", reader.path("key").asText());
    assertEquals(403, notAllowed.statusCode(), notAllowed.body());
    assertEquals(
        "Use of this endpoint requires the 'Upload Symbols Files' permission",
        Http.json(notAllowed).path("error").asText());

    // A token cannot manage tokens: a leaked one cannot make more.
    assertEquals(403, withToken("/api/tokens/", key).statusCode());

    HttpResponse<String> revoked =
        browser.json("DELETE", "/api/tokens/" + uploader.path("id").asLong() + "/", null);
    assertEquals(204, revoked.statusCode(), revoked.body());
    HttpResponse<String> afterRevoke = uploadSymbols("Auth-Token", key);
    assertEquals(403, afterRevoke.statusCode());
    assertEquals("{\"error\": \"API Token not matched\"}\n", afterRevoke.body());
  }

  @Test
  void aTokensPermissionsReplaceItsOwnersOnSocorrosEndpoints() throws Exception {
    // Reprocessing checks reprocess_crashes before the method: 403 without it, 405 (GET) with it.
    String path = "/api/Reprocessing/";
    Browser browser = new Browser();
    browser.logIn(newUser("--group", "Hackers"), PASSWORD);
    assertEquals(405, browser.json("GET", path, null).statusCode(), "the Hackers' own session");

    JsonNode reader = createToken(browser, "{\"permissions\": [\"view_pii\"]}");
    HttpResponse<String> withoutIt = withToken(path, reader.path("key").asText());
    assertEquals(403, withoutIt.statusCode(), withoutIt.body());
    assertEquals(
        "Use of this endpoint requires the 'Reprocess Crashes' permission",
        Http.json(withoutIt).path("error").asText());

    JsonNode reprocessor = createToken(browser, "{\"permissions\": [\"reprocess_crashes\"]}");
    assertEquals(405, withToken(path, reprocessor.path("key").asText()).statusCode());
    assertEquals(403, Http.get(Stack.get("webapp.url") + path).statusCode(), "anonymous");
  }

  @Test
  void aTokenCanOnlyCarryItsOwnersPermissions() throws Exception {
    Browser browser = new Browser();
    browser.logIn(newUser("--group", "Hackers"), PASSWORD);
    HttpResponse<String> tooMuch =
        browser.json("POST", "/api/tokens/", "{\"permissions\": [\"view_pii\", \"admin\"]}");
    assertEquals(400, tooMuch.statusCode(), tooMuch.body());
    assertTrue(Http.json(tooMuch).path("error").asText().contains("Administer"), tooMuch.body());

    HttpResponse<String> crossSite =
        browser.send(
            HttpRequest.newBuilder(Browser.url("/api/tokens/"))
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"permissions\": []}")));
    assertEquals(403, crossSite.statusCode(), "another site's page cannot use the session");
  }

  @Test
  void badTokensAreRefusedEvenOnPublicUrlsWhileNoTokenIsAnonymous() throws Exception {
    String unknown = UUID.randomUUID().toString().replace("-", "");
    for (String path : List.of("/api/NoSuchEndpoint/", "/login")) {
      HttpResponse<String> bad = withToken(path, unknown);
      assertEquals(403, bad.statusCode(), path);
      assertEquals("{\"error\": \"API Token not matched\"}\n", bad.body(), path);
      assertTrue(
          bad.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
    HttpResponse<String> anonymous = Http.get(Stack.get("webapp.url") + "/api/NoSuchEndpoint/");
    assertEquals(404, anonymous.statusCode(), anonymous.body());
  }

  @Test
  void expiredTokensAndTokensOfInactiveUsersAreRefused() throws Exception {
    String user = newUser("--group", "Hackers");
    Browser browser = new Browser();
    browser.logIn(user, PASSWORD);
    JsonNode expiring =
        createToken(browser, "{\"permissions\": [\"view_pii\"], \"expires_in_days\": 1}");
    JsonNode other = createToken(browser, "{\"permissions\": [\"view_pii\"]}");
    String path = "/api/NoSuchEndpoint/";
    assertEquals(
        404, withToken(path, expiring.path("key").asText()).statusCode(), "valid: on to the 404");

    // A day passes for this token: its expiry moves into the past, as time would move it.
    try (Connection db =
            DriverManager.getConnection(
                Stack.get("db.url"), Stack.get("db.user"), Stack.get("db.password"));
        PreparedStatement expire =
            db.prepareStatement(
                "UPDATE api_token SET expires = now() - interval '1 second' WHERE id = ?")) {
      expire.setLong(1, expiring.path("id").asLong());
      assertEquals(1, expire.executeUpdate());
    }
    HttpResponse<String> expired = withToken(path, expiring.path("key").asText());
    assertEquals(403, expired.statusCode());
    assertEquals("{\"error\": \"API Token found but expired\"}\n", expired.body());
    assertTrue(
        Http.json(browser.json("GET", "/api/tokens/", null))
            .toString()
            .contains("\"expired\":true"));

    UserCommand.run(null, "deactivate", user);
    HttpResponse<String> inactive = withToken(path, other.path("key").asText());
    assertEquals(403, inactive.statusCode());
    assertEquals("{\"error\": \"User of API token not active\"}\n", inactive.body());
  }

  @Test
  void theConfiguredUploadTokenStillWorksInEitherHeader() throws Exception {
    String configured = "breakwater-test-upload-token";
    assertEquals(201, uploadSymbols("Auth-Token", configured).statusCode());
    assertEquals(201, uploadSymbols("Authorization", "Bearer " + configured).statusCode());
  }
}
