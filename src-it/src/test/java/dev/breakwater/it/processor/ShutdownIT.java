package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Http;
import dev.breakwater.it.PayaraMicro;
import dev.breakwater.it.Stack;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A second processor joins the stack's one on the queues (competing consumers) and is stopped while
 * it is processing: the crashes it had in progress roll back to the queue, the other processor
 * takes them, and every crash ends up indexed exactly once.
 */
class ShutdownIT {
  private static final int CRASHES = 60;
  private static final Pattern PROCESSED =
      Pattern.compile(
          "processor_crashes_total\\{[^}]*outcome=\"processed\",queue=\"crashes.standard\"[^}]*} ([0-9.]+)");

  @TempDir Path root;
  private Process second;

  @AfterEach
  void stopSecondProcessor() throws Exception {
    if (second != null && second.isAlive()) {
      second.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest(name = "killed: {0}")
  @ValueSource(booleans = {false, true})
  void stoppingAProcessorMidStreamLosesNoCrash(boolean killed) throws Exception {
    int port = 18_000 + (int) (ProcessHandle.current().pid() % 1000);
    second = startProcessor(port);
    awaitReady(port);

    Path dump = TestCrashes.corpus("breakpad/linux_null_read_av.dmp");
    List<String> crashIds = new ArrayList<>();
    for (int i = 0; i < CRASHES; i++) {
      crashIds.add(CrashSubmission.submit(Map.of("ProductName", "ShutdownIT"), dump));
      if (i == CRASHES / 3) {
        awaitProcessedBy(port, 1);
      }
    }
    if (killed) {
      second.destroyForcibly(); // SIGKILL: uncommitted deliveries go back to the queue
    } else {
      second.destroy(); // SIGTERM: Payara Micro shuts down, in-flight crashes finish or roll back
    }
    assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second processor did not stop");

    for (String crashId : crashIds) {
      assertTrue(
          CrashSearch.awaitCrash(crashId, Duration.ofSeconds(180)).isPresent(),
          "lost crash " + crashId);
      assertEquals(1, CrashSearch.count(crashId), "duplicate documents for " + crashId);
    }
  }

  private Process startProcessor(int port) throws Exception {
    return PayaraMicro.start(
        "breakwater-processor-shutdown-it",
        port,
        "-Xmx512m",
        root.resolve("payara"),
        root.resolve("processor.log"),
        List.of("--systemproperties", Stack.file("app.properties.processor").toString()),
        "archive.artemis-ra",
        "archive.processor");
  }

  private void awaitReady(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(second.isAlive(), "second processor exited; see " + root.resolve("processor.log"));
      try {
        HttpResponse<String> ready = Http.get("http://127.0.0.1:" + port + "/health/ready");
        if (ready.statusCode() == 200 && ready.body().contains("\"broker\"")) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("second processor not ready; see " + root.resolve("processor.log"));
  }

  /** Waits until the second processor has processed at least {@code count} crashes. */
  private void awaitProcessedBy(int port, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher matcher = PROCESSED.matcher(Http.get("http://127.0.0.1:" + port + "/metrics").body());
      if (matcher.find() && Double.parseDouble(matcher.group(1)) >= count) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the second processor never got a crash");
  }
}
