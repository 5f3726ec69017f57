package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    String build = "20261202" + (100000 + (int) (Math.random() * 800000));
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
            answer -> answer.path("total").asInt() == 1,
            Duration.ofSeconds(120));
    assertEquals(signature, first.at("/hits/0/signature").asText());
    long firstBuild = Long.parseLong(first.at("/hits/0/first_build").asText());
    assertTrue(
        firstBuild <= Long.parseLong(build), "first build " + firstBuild + " after " + build);

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
