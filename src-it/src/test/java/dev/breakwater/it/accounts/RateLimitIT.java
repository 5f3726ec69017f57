package dev.breakwater.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The API's rate limit under a burst from one client. Each test poses as its own client with {@code
 * X-Real-Ip} (the header the reverse proxy sets, which the test stack trusts as Socorro does), so
 * that it neither depends on nor uses up the budget of other tests' requests.
 */
class RateLimitIT {
  /** Far above the test stack's anonymous limit (config/test), far below a runaway loop. */
  private static final int MAX_REQUESTS = 3000;

  private static String newClientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // 198.18.0.0/15: set aside for benchmarks, never a real client.
    return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private static HttpResponse<String> call(String address, String accept) throws Exception {
    return Http.send(
        HttpRequest.newBuilder(Browser.url("/api/NoSuchEndpoint/"))
            .header("X-Real-Ip", address)
            .header("Accept", accept)
            .GET()
            .build());
  }

  /** Calls until the first 429; the number of calls that got through. */
  private static int burstUntilRefused(String address) throws Exception {
    for (int i = 0; i < MAX_REQUESTS; i++) {
      HttpResponse<String> response = call(address, "application/json");
      if (response.statusCode() == 429) {
        return i;
      }
      assertEquals(404, response.statusCode(), response.body());
    }
    throw new AssertionError("no 429 after " + MAX_REQUESTS + " requests in a burst");
  }

  @Test
  void aBurstGets429WithRetryAfterAndPlainTextForScripts() throws Exception {
    String address = newClientAddress();
    int allowed = burstUntilRefused(address);
    assertTrue(allowed > 0, "some requests get through first");

    HttpResponse<String> refused = call(address, "application/json");
    assertEquals(429, refused.statusCode());
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        refused.headers().toString());
    assertEquals("Too Many Requests", refused.body());

    HttpResponse<String> browser = call(address, "text/html,*/*;q=0.8");
    assertEquals(429, browser.statusCode());
    assertTrue(browser.body().contains("<h1>Too Many Requests</h1>"), browser.body());

    assertEquals(404, call(newClientAddress(), "application/json").statusCode(), "others go on");
  }
}
