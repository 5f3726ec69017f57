package dev.breakwater.webapp.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need a real Elasticsearch skip without one, so that the module builds on its own; the
 * project's test command sets {@code -Dbreakwater.require-elasticsearch=true} once its test stack
 * runs, and then a missing server fails the test instead: the suite cannot go green without it.
 */
public final class RequiredTestData {

  private RequiredTestData() {}

  /**
   * The Elasticsearch URL of {@code $BREAKWATER_TEST_ES_URL}; skips (or, with {@code
   * breakwater.require-elasticsearch}, fails) without one.
   */
  public static String elasticsearchUrl() {
    String url = System.getenv("BREAKWATER_TEST_ES_URL");
    boolean present = url != null && url.startsWith("http");
    if (!present && Boolean.getBoolean("breakwater.require-elasticsearch")) {
      fail(
          "no Elasticsearch: set BREAKWATER_TEST_ES_URL (required by -Dbreakwater.require-elasticsearch=true)");
    }
    assumeTrue(present, "no Elasticsearch: set BREAKWATER_TEST_ES_URL");
    return url;
  }
}
