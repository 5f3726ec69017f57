package dev.breakwater.it.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.it.accounts.Browser;

/**
 * The benchmark's API token, made the way a person makes one: log in with the form, then create a
 * one-day token with {@code view_pii} for SuperSearchUnredacted (Top Crashers' endpoint).
 */
final class BenchAccount {
  private BenchAccount() {}

  /**
   * Prints a new token's key for {@code user} (an admin created with {@code bin/breakwater user
   * add}), whose password is in {@code $BREAKWATER_USER_PASSWORD}.
   */
  public static void main(String[] args) throws Exception {
    String user = args.length > 0 ? args[0] : "bench";
    String password = System.getenv("BREAKWATER_USER_PASSWORD");
    Browser browser = new Browser();
    browser.logIn(user, password);
    var created =
        browser.json(
            "POST",
            "/api/tokens/",
            "{\"permissions\": [\"view_pii\"], \"expires_in_days\": 1,"
                + " \"notes\": \"bin/benchmark-api\"}");
    JsonNode token = new ObjectMapper().readTree(created.body());
    if (created.statusCode() != 201 || !token.hasNonNull("key")) {
      throw new IllegalStateException(
          "creating the token answered " + created.statusCode() + ": " + created.body());
    }
    System.out.println(token.path("key").asText());
  }
}
