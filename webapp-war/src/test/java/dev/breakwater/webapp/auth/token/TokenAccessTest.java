package dev.breakwater.webapp.auth.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TokenAccessTest {
  private static final URI SITE = URI.create("http://127.0.0.1:8081/api/");

  @Test
  void onlyTheSitesOwnPagesMayManageTokens() {
    assertTrue(TokenAccess.sameOrigin(URI.create("http://127.0.0.1:8081"), SITE));
    assertFalse(TokenAccess.sameOrigin(URI.create("http://127.0.0.1:8080"), SITE));
    assertFalse(TokenAccess.sameOrigin(URI.create("https://127.0.0.1:8081"), SITE));
    assertFalse(TokenAccess.sameOrigin(URI.create("http://evil.example"), SITE));
    assertFalse(TokenAccess.sameOrigin(URI.create("null"), SITE));
    assertTrue(
        TokenAccess.sameOrigin(
            URI.create("https://crash-stats.example"),
            URI.create("https://crash-stats.example:443/api/")));
  }
}
