package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages the processor cannot process end in {@code crashes.dlq} instead of being retried
 * forever: at once when another try cannot help, after the broker's redeliveries when processing
 * failed.
 */
class DeadLetterIT {
  private static final long WAIT_MS = 60_000;
  private static CrashQueueClient queues;
  private final String run = UUID.randomUUID().toString();

  @BeforeAll
  static void connect() {
    queues = new CrashQueueClient();
  }

  @AfterAll
  static void disconnect() {
    queues.close();
  }

  @Test
  void anUnparseableBodyIsDeadLetteredAtOnce() throws Exception {
    queues.send(CrashQueueClient.STANDARD, "not a crash id", run);
    Message dead = queues.deadLetter(run, WAIT_MS);
    assertNotNull(dead, "not dead-lettered");
    assertEquals("not a crash id", ((TextMessage) dead).getText());
    assertEquals("unparseable", dead.getStringProperty("breakwater_reason"));
    assertEquals("crashes.standard", dead.getStringProperty("breakwater_queue"));
  }

  @Test
  void anUnknownRulesetIsDeadLettered() throws Exception {
    String crashId = TestCrashes.crashIdToday();
    queues.send(CrashQueueClient.REPROCESSING, crashId + ":no_such_ruleset", run);
    Message dead = queues.deadLetter(run, WAIT_MS);
    assertNotNull(dead, "not dead-lettered");
    assertEquals("unknown_ruleset", dead.getStringProperty("breakwater_reason"));
    assertEquals(crashId, dead.getStringProperty("breakwater_crash_id"));
  }

  @Test
  void testMessagesAreDroppedNotDeadLettered() {
    queues.send(CrashQueueClient.STANDARD, "test", run);
    assertNull(queues.deadLetter(run, 5_000));
  }

  @Test
  void aMissingRawCrashIsRecordedInTheDeadLetterQueue() throws Exception {
    String crashId = TestCrashes.crashIdToday();
    queues.send(CrashQueueClient.STANDARD, crashId, run);
    Message dead = queues.deadLetter(run, WAIT_MS);
    assertNotNull(dead, "not dead-lettered");
    assertEquals("missing_raw_crash", dead.getStringProperty("breakwater_reason"));
    assertEquals(crashId, dead.getStringProperty("breakwater_crash_id"));
  }

  /**
   * The crash's weekly index refuses writes, so indexing throws: the delivery rolls back, the
   * broker redelivers it, and after its max-delivery-attempts moves it to the dead-letter queue.
   */
  @Test
  void aProcessorFailureIsRedeliveredThenDeadLettered() throws Exception {
    String crashId = TestCrashes.crashId(LocalDate.of(2001, 1, 3));
    String index = CrashSearch.INDEX_PREFIX + "20010101"; // the week of 2001-01-03
    CrashSearch.admin("DELETE", "/" + index, null);
    assertEquals(
        200,
        CrashSearch.admin("PUT", "/" + index, "{\"settings\": {\"index.blocks.write\": true}}"));
    try {
      String raw =
          "{\"uuid\": \""
              + crashId
              + "\", \"ProductName\": \"BreakwaterIT\","
              + " \"submitted_timestamp\": \"2001-01-03T12:00:00Z\"}";
      Bucket.put(TestCrashes.rawCrashKey(crashId), raw.getBytes(StandardCharsets.UTF_8));
      queues.send(CrashQueueClient.STANDARD, crashId, run);

      Message dead = queues.deadLetter(run, WAIT_MS * 2);
      assertNotNull(dead, "not dead-lettered after the broker's redeliveries");
      assertEquals(crashId, ((TextMessage) dead).getText());
      assertEquals(
          "crashes.standard", dead.getStringProperty("_AMQ_ORIG_QUEUE"), "moved by the broker");
      assertTrue(
          Bucket.get("v1/processed_crash/" + crashId).isPresent(),
          "processing ran (and stored its result) before indexing failed");
      assertTrue(CrashSearch.find(crashId).isEmpty());
    } finally {
      CrashSearch.admin("DELETE", "/" + index, null);
    }
  }
}
