package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * What the jobs derive from processed crashes reaches the API: updatesignatures (every 30 seconds
 * on the test stack) records a new signature's first build for {@code /api/SignatureFirstDate/},
 * and products, run at once through its MBean, the product's version for {@code
 * /api/VersionString/}.
 */
class JobResultsIT {

  @Test
  void aNewCrashsSignatureAndVersionAreRecorded() throws Exception {
    String product = "JobsIT" + UUID.randomUUID().toString().substring(0, 8);
    // Smaller than every earlier run's and than date-like build IDs (2026...): the signature may
    // be shared with other crashes, and its first build must become this one.
    String build =
        Long.toString(20_000_000_000_000L + 9_999_999_999L - Instant.now().getEpochSecond());
    String crashId =
        CrashSubmission.submit(
            Map.of(
                "ProductName",
                product,
                "Version",
                "2.7",
                "ReleaseChannel",
                "Nightly",
                "BuildID",
                build),
            TestCrashes.corpus("breakpad/linux_null_read_av.dmp"));
    JsonNode document =
        CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
            .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
    String signature = document.path("signature").asText();

    JsonNode first =
        await(
            "/api/SignatureFirstDate/?signatures=" + encode(signature),
            answer -> answer.at("/hits/0/first_build").asText().equals(build),
            Duration.ofSeconds(120));
    assertEquals(signature, first.at("/hits/0/signature").asText());
    assertEquals(1, first.path("total").asInt());

    runNow("products");
    JsonNode versions =
        await(
            "/api/VersionString/?product=" + product + "&channel=nightly&build_id=" + build,
            answer -> answer.path("total").asInt() == 1,
            Duration.ofSeconds(60));
    assertEquals("2.7", versions.at("/hits/0/version_string").asText());
  }

  private static void runNow(String job) throws Exception {
    try (JMXConnector connector =
        JMXConnectorFactory.connect(new JMXServiceURL(Stack.get("webapp.jmx.url")))) {
      connector
          .getMBeanServerConnection()
          .invoke(
              new ObjectName("dev.breakwater:type=Job,name=" + ObjectName.quote(job)),
              "runNow",
              null,
              null);
    }
  }

  private static JsonNode await(String pathAndQuery, Predicate<JsonNode> done, Duration max)
      throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    JsonNode answer;
    do {
      answer = Http.json(Http.get(Stack.get("webapp.url") + pathAndQuery));
      if (done.test(answer)) {
        return answer;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(pathAndQuery + " still answers " + answer);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
