package dev.breakwater.processor.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that need the shared minidump corpus or a real Elasticsearch skip without them, so that a
 * module builds on its own; the project's test command sets {@code
 * -Dbreakwater.require-corpus=true} (and {@code -Dbreakwater.require-elasticsearch=true} once its
 * test stack runs), and then a missing corpus or server fails the test instead: the suite cannot go
 * green without them.
 */
public final class RequiredTestData {

  private RequiredTestData() {}

  /** Skips (or, with {@code breakwater.require-corpus}, fails) unless {@code path} exists. */
  public static void corpus(Path path) {
    present(
        Files.exists(path), "breakwater.require-corpus", "minidump corpus not found at " + path);
  }

  /**
   * The Elasticsearch URL of {@code $BREAKWATER_TEST_ES_URL}; skips (or, with {@code
   * breakwater.require-elasticsearch}, fails) without one.
   */
  public static String elasticsearchUrl() {
    String url = System.getenv("BREAKWATER_TEST_ES_URL");
    present(
        url != null && url.startsWith("http"),
        "breakwater.require-elasticsearch",
        "no Elasticsearch: set BREAKWATER_TEST_ES_URL");
    return url;
  }

  private static void present(boolean present, String switchName, String problem) {
    if (!present && Boolean.getBoolean(switchName)) {
      fail(problem + " (required by -D" + switchName + "=true)");
    }
    assumeTrue(present, problem);
  }
}
