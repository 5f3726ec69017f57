package dev.breakwater.it.collector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The collector as crash reporters see it: real minidumps submitted plain, gzipped, with JSON
 * annotations and with several dumps; the exact objects in the bucket and the crash ID on {@code
 * crashes.standard}; and its durability when storage or broker are down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectorIT {

  private static final Pattern CRASH_ID =
      Pattern.compile(
          "^CrashID=bp-([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6})\\n$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUEUE = "crashes.standard";

  private static PrivateCollectorStack stack;
  private static Bucket bucket;
  private static byte[] minidump;

  @BeforeAll
  static void startStack() throws Exception {
    stack = PrivateCollectorStack.shared();
    bucket = new Bucket(stack.s3Url());
    Path real =
        stack.testdata == null ? null : stack.testdata.resolve("minidumps/breakpad/minidump2.dmp");
    if (real != null && Files.exists(real)) {
      minidump = Files.readAllBytes(real);
    } else {
      // No shared corpus: a synthetic dump with the minidump signature is enough for storage.
      minidump = new byte[64 * 1024];
      new Random(7).nextBytes(minidump);
      System.arraycopy("MDMP".getBytes(StandardCharsets.US_ASCII), 0, minidump, 0, 4);
    }
  }

  private static Submission firefox() {
    return new Submission()
        .annotation("ProductName", "Firefox")
        .annotation("Version", "128.0.3")
        .annotation("ReleaseChannel", "release")
        .annotation("BuildID", "20991231000000");
  }

  private static String crashIdOf(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("text/plain", response.headers().firstValue("Content-Type").orElse(""));
    Matcher m = CRASH_ID.matcher(response.body());
    assertTrue(m.matches(), response.body());
    return m.group(1);
  }

  private static String rawCrashKey(String crashId) {
    return "v1/raw_crash/20" + crashId.substring(crashId.length() - 6) + "/" + crashId;
  }

  private static JsonNode rawCrash(String crashId) throws Exception {
    return JSON.readTree(bucket.get(rawCrashKey(crashId)).orElseThrow());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  @Order(1)
  void plainSubmissionIsStoredExactlyAndQueued() throws Exception {
    Submission submission = firefox().dump("upload_file_minidump", minidump);
    String id = crashIdOf(submission.post(stack.collectorUrl()));

    String today = LocalDate.now(ZoneOffset.UTC).toString().replace("-", "").substring(2);
    assertTrue(id.endsWith("0" + today), id);
    assertArrayEquals(minidump, bucket.get("v1/dump/" + id).orElseThrow());
    assertEquals(
        "[\"upload_file_minidump\"]",
        new String(bucket.get("v1/dump_names/" + id).orElseThrow(), StandardCharsets.UTF_8));
    JsonNode raw = rawCrash(id);
    assertEquals("Firefox", raw.get("ProductName").asText());
    assertEquals("128.0.3", raw.get("Version").asText());
    assertEquals(id, raw.get("uuid").asText());
    assertEquals(2, raw.get("version").asInt());
    assertTrue(raw.get("submitted_timestamp").asText().endsWith("+00:00"));
    JsonNode metadata = raw.get("metadata");
    assertEquals("multipart", metadata.get("payload").asText());
    assertEquals("0", metadata.get("payload_compressed").asText());
    assertEquals(submission.bytes().length, metadata.get("payload_size").asLong());
    assertEquals(
        sha256(minidump), metadata.get("dump_checksums").get("upload_file_minidump").asText());
    assertEquals("collector-it/1", metadata.get("user_agent").asText());
    assertEquals("accept_everything", metadata.get("throttle_rule").asText());
    assertEquals(0, metadata.get("collector_notes").size());
    // Sorted keys: the stored document is byte-for-byte reproducible.
    String text = new String(bucket.get(rawCrashKey(id)).orElseThrow(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"BuildID\":"), text);

    assertTrue(
        CrashQueue.receive(stack.brokerUrl(), QUEUE, id, Duration.ofSeconds(20)).contains(id));
  }

  @Test
  @Order(2)
  void gzippedSubmission() throws Exception {
    Submission submission = firefox().dump("upload_file_minidump", minidump);
    String id = crashIdOf(submission.postGzipped(stack.collectorUrl()));

    JsonNode metadata = rawCrash(id).get("metadata");
    assertEquals("1", metadata.get("payload_compressed").asText());
    assertEquals(submission.bytes().length, metadata.get("payload_size").asLong());
    assertArrayEquals(minidump, bucket.get("v1/dump/" + id).orElseThrow());
    assertTrue(
        CrashQueue.receive(stack.brokerUrl(), QUEUE, id, Duration.ofSeconds(20)).contains(id));
  }

  @Test
  @Order(3)
  void jsonAnnotations() throws Exception {
    Submission submission =
        new Submission()
            .json(
                "{\"ProductName\":\"Firefox\",\"Version\":\"128.0\","
                    + "\"TelemetryClientId\":\"secret\",\"StackTraces\":{\"status\":\"OK\"}}")
            .dump("upload_file_minidump", minidump);
    String id = crashIdOf(submission.post(stack.collectorUrl()));

    JsonNode raw = rawCrash(id);
    assertEquals("json", raw.get("metadata").get("payload").asText());
    assertEquals("OK", raw.get("StackTraces").get("status").asText());
    assertFalse(raw.has("TelemetryClientId"));
    assertEquals(
        "Removed TelemetryClientId from raw crash.",
        raw.get("metadata").get("collector_notes").get(0).asText());
  }

  @Test
  @Order(4)
  void severalDumps() throws Exception {
    byte[] browser = "browser-dump".getBytes(StandardCharsets.US_ASCII);
    byte[] memory = "{\"memory\":1}".getBytes(StandardCharsets.US_ASCII);
    String id =
        crashIdOf(
            firefox()
                .dump("upload_file_minidump", minidump)
                .dump("upload_file_minidump_browser", browser)
                .dump("memory_report", memory)
                .post(stack.collectorUrl()));

    assertEquals(
        "[\"memory_report\",\"upload_file_minidump\",\"upload_file_minidump_browser\"]",
        new String(bucket.get("v1/dump_names/" + id).orElseThrow(), StandardCharsets.UTF_8));
    assertArrayEquals(minidump, bucket.get("v1/dump/" + id).orElseThrow());
    assertArrayEquals(browser, bucket.get("v1/upload_file_minidump_browser/" + id).orElseThrow());
    assertArrayEquals(memory, bucket.get("v1/memory_report/" + id).orElseThrow());
    assertEquals(
        sha256(memory),
        rawCrash(id).get("metadata").get("dump_checksums").get("memory_report").asText());
  }

  @Test
  @Order(5)
  void malformedAndThrottledAnswersAreAntennas() throws Exception {
    HttpResponse<String> noAnnotations =
        new Submission().dump("upload_file_minidump", minidump).post(stack.collectorUrl());
    assertEquals(400, noAnnotations.statusCode());
    assertEquals("Discarded=malformed_no_annotations", noAnnotations.body());

    HttpResponse<String> badGzip = Submission.post(stack.collectorUrl(), firefox().bytes(), true);
    assertEquals(400, badGzip.statusCode());
    assertEquals("Discarded=malformed_bad_gzip", badGzip.body());

    HttpResponse<String> noProduct =
        new Submission().annotation("Version", "1").post(stack.collectorUrl());
    assertEquals(200, noProduct.statusCode());
    assertEquals("Discarded=rule_no_product_name", noProduct.body());
  }

  @Test
  @Order(10)
  void storageDownAnswers503AndPublishesNothing() throws Exception {
    CrashQueue.receive(stack.brokerUrl(), QUEUE, "drain", Duration.ofSeconds(2));
    stack.stopStorage();
    try {
      HttpResponse<String> response =
          firefox().dump("upload_file_minidump", minidump).post(stack.collectorUrl());
      assertEquals(503, response.statusCode(), response.body());
      assertTrue(response.headers().firstValue("Retry-After").isPresent());
      assertTrue(response.body().startsWith("Discarded="), response.body());
      List<String> published =
          CrashQueue.receive(stack.brokerUrl(), QUEUE, "none", Duration.ofSeconds(3));
      assertEquals(List.of(), published);
    } finally {
      stack.startStorage();
    }
  }

  @Test
  @Order(11)
  void brokerDownKeepsTheCrashIdAndPublishesWhenItReturns() throws Exception {
    stack.stopBroker();
    String id;
    try {
      id = crashIdOf(firefox().dump("upload_file_minidump", minidump).post(stack.collectorUrl()));
      assertTrue(bucket.get(rawCrashKey(id)).isPresent());
      assertTrue(bucket.get("v1/outbox/" + id).isPresent(), "outbox marker");
    } finally {
      stack.startBroker();
    }
    assertTrue(
        CrashQueue.receive(stack.brokerUrl(), QUEUE, id, Duration.ofSeconds(90)).contains(id));
    for (int i = 0; i < 20 && bucket.get("v1/outbox/" + id).isPresent(); i++) {
      Thread.sleep(500);
    }
    assertTrue(bucket.get("v1/outbox/" + id).isEmpty(), "outbox marker removed");
  }
}
