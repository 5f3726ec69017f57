package dev.breakwater.collector.submit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.MalformedReason;
import dev.breakwater.collector.payload.PayloadLimits;
import dev.breakwater.collector.payload.RequestHead;
import dev.breakwater.collector.publish.Outbox;
import dev.breakwater.collector.store.CrashReportStore;
import dev.breakwater.collector.store.RawCrashBuilder;
import dev.breakwater.collector.testing.MultipartBuilder;
import dev.breakwater.collector.testing.RecordingPublisher;
import dev.breakwater.collector.testing.RecordingPublisher.Message;
import dev.breakwater.collector.throttle.ThrottleRulesFile;
import dev.breakwater.collector.throttle.Throttler;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.json.RawCrashJson;
import dev.breakwater.common.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSubmissionTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-11-26T12:34:56.789012345Z"), ZoneOffset.UTC);
  private static final byte[] DUMP = "MDMP-fake-dump".getBytes(StandardCharsets.US_ASCII);
  private static final String RULES =
      """
      format: 1
      rules:
        - {name: reject_me, when: {annotation: ProductName, equals: Rejected}, result: REJECT}
        - {name: fake_me, when: {annotation: ProductName, equals: Fake}, result: FAKEACCEPT}
        - {name: defer_me, when: {annotation: ProductName, equals: Deferred}, result: DEFER}
        - {name: accept_everything, when: {always: true}, result: ACCEPT}
      """;

  @TempDir Path spool;
  private final InMemoryBlobStore store = new InMemoryBlobStore();
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final List<SubmissionResult> heard = new ArrayList<>();
  private CrashSubmission submission;

  @BeforeEach
  void setUp() {
    Throttler throttler =
        ThrottleRulesFile.read(
            new ByteArrayInputStream(RULES.getBytes(StandardCharsets.UTF_8)), "rules", CLOCK);
    submission =
        new CrashSubmission(
            new CrashReportReader(PayloadLimits.defaults(), spool),
            throttler,
            new RawCrashBuilder(Set.of("TelemetryClientId")),
            new CrashReportStore(store),
            publisher,
            new Outbox(store, publisher),
            CLOCK,
            List.of(heard::add));
  }

  private SubmissionResult submit(MultipartBuilder b) {
    byte[] body = b.build();
    return submission.submit(
        new RequestHead(b.contentType(), body.length, null),
        new ByteArrayInputStream(body),
        "Breakpad/1.0 (Linux)");
  }

  private static MultipartBuilder crash(String product) {
    return MultipartBuilder.formData()
        .annotation("ProductName", product)
        .annotation("Version", "1.0")
        .dump("upload_file_minidump", DUMP)
        .dump("memory_report", new byte[] {1, 2});
  }

  @Test
  void acceptedCrashIsStoredInOrderThenPublished() throws Exception {
    SubmissionResult result = submit(crash("Firefox").annotation("TelemetryClientId", "abc"));

    assertEquals(Outcome.ACCEPTED, result.outcome());
    String id = result.crashId();
    assertTrue(CrashId.isValid(id), id);
    assertTrue(id.endsWith("0251126"), id);
    assertEquals(
        List.of(
            "v1/dump/" + id,
            "v1/dump_names/" + id,
            "v1/memory_report/" + id,
            "v1/raw_crash/20251126/" + id),
        store.keys());
    assertArrayEquals(DUMP, store.get("v1/dump/" + id).orElseThrow());
    assertEquals(
        "[\"memory_report\",\"upload_file_minidump\"]",
        new String(store.get("v1/dump_names/" + id).orElseThrow(), StandardCharsets.UTF_8));
    assertEquals(List.of(new Message("crashes.standard", id)), publisher.messages());
    assertEquals(List.of(result), heard);
  }

  @Test
  void rawCrashHoldsAnnotationsAndMetadata() throws Exception {
    String id = submit(crash("Firefox").annotation("TelemetryClientId", "abc")).crashId();
    Map<String, Object> raw =
        RawCrashJson.readRawCrash(store.get("v1/raw_crash/20251126/" + id).orElseThrow());

    assertEquals("Firefox", raw.get("ProductName"));
    assertFalse(raw.containsKey("TelemetryClientId"));
    assertEquals(id, raw.get("uuid"));
    assertEquals(2, raw.get("version"));
    assertEquals("2025-11-26T12:34:56.789012+00:00", raw.get("submitted_timestamp"));
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) raw.get("metadata");
    assertEquals("multipart", metadata.get("payload"));
    assertEquals("0", metadata.get("payload_compressed"));
    assertEquals(
        List.of("Removed TelemetryClientId from raw crash."), metadata.get("collector_notes"));
    assertEquals("Breakpad/1.0 (Linux)", metadata.get("user_agent"));
    assertEquals("accept_everything", metadata.get("throttle_rule"));
    assertEquals(
        Map.of("upload_file_minidump", sha256(DUMP), "memory_report", sha256(new byte[] {1, 2})),
        metadata.get("dump_checksums"));
    assertTrue(((Number) metadata.get("payload_size")).longValue() > DUMP.length);
  }

  @Test
  void rejectedCrashIsNotStored() {
    SubmissionResult result = submit(crash("Rejected"));
    assertEquals(Outcome.REJECTED, result.outcome());
    assertEquals("reject_me", result.throttleRule());
    assertNull(result.crashId());
    assertTrue(store.keys().isEmpty());
    assertTrue(publisher.messages().isEmpty());
  }

  @Test
  void fakeAcceptedCrashGetsAnIdButIsNotStored() {
    SubmissionResult result = submit(crash("Fake"));
    assertEquals(Outcome.FAKE_ACCEPTED, result.outcome());
    assertTrue(CrashId.isValid(result.crashId()));
    assertTrue(store.keys().isEmpty());
    assertTrue(publisher.messages().isEmpty());
  }

  @Test
  void deferredCrashIsStoredWithDigitOneAndNotPublished() {
    SubmissionResult result = submit(crash("Deferred"));
    assertEquals(Outcome.DEFERRED, result.outcome());
    assertEquals(CrashId.DEFER, CrashId.throttleDigitOf(result.crashId()));
    assertTrue(store.exists("v1/raw_crash/20251126/" + result.crashId()));
    assertTrue(publisher.messages().isEmpty());
  }

  @Test
  void validUuidAnnotationIsKept() {
    String id = "de1bb258-cbbf-4589-a673-34f800160918";
    SubmissionResult result = submit(crash("Firefox").annotation("uuid", id));
    assertEquals(id, result.crashId());
    assertTrue(store.exists("v1/raw_crash/20160918/" + id));
  }

  @Test
  void invalidUuidAnnotationIsReplaced() {
    SubmissionResult result = submit(crash("Firefox").annotation("uuid", "../../etc/passwd"));
    assertTrue(CrashId.isValid(result.crashId()));
    assertTrue(result.crashId().endsWith("251126"));
  }

  @Test
  void storageFailureAnswersErrorAndPublishesNothing() {
    store.setFailing(true);
    SubmissionResult result = submit(crash("Firefox"));
    assertEquals(Outcome.STORAGE_ERROR, result.outcome());
    assertTrue(publisher.messages().isEmpty());
  }

  @Test
  void brokerFailureKeepsTheCrashIdAndPublishesFromTheOutboxLater() throws Exception {
    publisher.setFailing(true);
    SubmissionResult result = submit(crash("Firefox"));
    assertEquals(Outcome.ACCEPTED, result.outcome());
    assertTrue(result.outboxed());
    String id = result.crashId();
    assertTrue(store.exists("v1/outbox/" + id));
    assertTrue(store.exists("v1/raw_crash/20251126/" + id));

    Outbox outbox = new Outbox(store, publisher);
    assertEquals(0, drainQuietly(outbox));
    assertTrue(store.exists("v1/outbox/" + id));

    publisher.setFailing(false);
    assertEquals(1, outbox.drain(100));
    assertEquals(List.of(new Message("crashes.standard", id)), publisher.messages());
    assertFalse(store.exists("v1/outbox/" + id));
  }

  @Test
  void failingSpoolDiskIsAStorageErrorNotAMalformedReport() {
    CrashSubmission noSpool =
        new CrashSubmission(
            new CrashReportReader(
                new PayloadLimits(1 << 20, 1 << 20, 10, 10, 1024, 64 * 1024),
                spool.resolve("missing-directory")),
            ThrottleRulesFile.read(
                new ByteArrayInputStream(RULES.getBytes(StandardCharsets.UTF_8)), "rules", CLOCK),
            new RawCrashBuilder(Set.of()),
            new CrashReportStore(store),
            publisher,
            new Outbox(store, publisher),
            CLOCK,
            List.of(heard::add));
    MultipartBuilder b =
        MultipartBuilder.formData()
            .annotation("ProductName", "Firefox")
            .dump("upload_file_minidump", new byte[200 * 1024]);
    byte[] body = b.build();

    SubmissionResult result =
        noSpool.submit(
            new RequestHead(b.contentType(), body.length, null),
            new ByteArrayInputStream(body),
            "ua");

    assertEquals(Outcome.STORAGE_ERROR, result.outcome());
    assertTrue(store.keys().isEmpty());
  }

  @Test
  void malformedReportIsCountedWithItsReason() {
    MultipartBuilder b = MultipartBuilder.formData().json("[1]");
    SubmissionResult result = submit(b);
    assertEquals(Outcome.MALFORMED, result.outcome());
    assertEquals(MalformedReason.INVALID_JSON_VALUE, result.malformedReason());
    assertEquals(List.of(result), heard);
  }

  private static int drainQuietly(Outbox outbox) {
    try {
      return outbox.drain(100);
    } catch (Exception e) {
      return 0;
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
