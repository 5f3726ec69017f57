package dev.breakwater.it.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API tokens for tests of other features, made the way a person makes them: a new account (created
 * with {@code bin/breakwater user add}), a login, and a token asked for with chosen permissions.
 */
public final class ApiTokens {
  private static final String PASSWORD = "an api-token test password";

  private ApiTokens() {}

  /**
   * The key of a token carrying {@code permissions} (codenames such as {@code view_pii}), owned by
   * a new member of the group "Hackers" (who holds every crash-data permission) and, with {@code
   * admin}, of the administrators.
   */
  public static String issue(boolean admin, String... permissions) throws Exception {
    String user = "it-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new ArrayList<>(List.of("add", user, "--group", "Hackers"));
    if (admin) {
      args.add("--admin");
    }
    UserCommand.run(PASSWORD, args.toArray(String[]::new));
    Browser browser = new Browser();
    browser.logIn(user, PASSWORD);
    String asked =
        List.of(permissions).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    HttpResponse<String> created =
        browser.json("POST", "/api/tokens/", "{\"permissions\": [" + asked + "]}");
    if (created.statusCode() != 201) {
      throw new AssertionError("token not created: " + created.statusCode() + " " + created.body());
    }
    JsonNode token = Http.json(created);
    return token.path("key").asText();
  }
}
