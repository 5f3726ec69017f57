package dev.breakwater.collector.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.collector.payload.CrashReportReader;
import dev.breakwater.collector.payload.PayloadLimits;
import dev.breakwater.collector.payload.RequestHead;
import dev.breakwater.collector.publish.Outbox;
import dev.breakwater.collector.store.CrashReportStore;
import dev.breakwater.collector.store.RawCrashBuilder;
import dev.breakwater.collector.submit.CrashSubmission;
import dev.breakwater.collector.testing.MultipartBuilder;
import dev.breakwater.collector.testing.RecordingPublisher;
import dev.breakwater.collector.throttle.ThrottleRulesFile;
import dev.breakwater.common.log.JsonLineHandler;
import dev.breakwater.common.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionLogTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final JsonLineHandler handler = new JsonLineHandler(out);
  private final Logger logger = Logger.getLogger(SubmissionLog.LOGGER);

  @TempDir Path spool;

  @AfterEach
  void detach() {
    logger.removeHandler(handler);
  }

  @Test
  void oneJsonLinePerSubmissionWithTheCrashIdAndNoAnnotationValues() throws Exception {
    logger.addHandler(handler);
    InMemoryBlobStore store = new InMemoryBlobStore();
    RecordingPublisher publisher = new RecordingPublisher();
    CrashSubmission submission =
        new CrashSubmission(
            new CrashReportReader(PayloadLimits.defaults(), spool),
            ThrottleRulesFile.read(
                getClass().getResourceAsStream("/throttle-rules.yaml"),
                "default",
                Clock.systemUTC()),
            new RawCrashBuilder(Set.of()),
            new CrashReportStore(store),
            publisher,
            new Outbox(store, publisher),
            Clock.systemUTC(),
            List.of(new SubmissionLog()));
    MultipartBuilder b =
        MultipartBuilder.formData()
            .annotation("ProductName", "SecretProduct")
            .annotation("Email", "someone@example.com")
            .dump("upload_file_minidump", new byte[] {1, 2, 3});
    byte[] body = b.build();

    String crashId =
        submission
            .submit(
                new RequestHead(b.contentType(), body.length, null),
                new ByteArrayInputStream(body),
                "ua")
            .crashId();

    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), text);
    JsonNode line = new ObjectMapper().readTree(text);
    assertEquals(crashId, line.get("crash_id").asText());
    assertEquals("accepted", line.get("outcome").asText());
    assertEquals("accept_everything", line.get("throttle_rule").asText());
    assertEquals(3, line.get("dumps").get("upload_file_minidump").asInt());
    assertEquals("INFO", line.get("level").asText());
    assertTrue(line.has("time"));
    assertFalse(text.contains("SecretProduct"), text);
    assertFalse(text.contains("someone@example.com"), text);
  }
}
