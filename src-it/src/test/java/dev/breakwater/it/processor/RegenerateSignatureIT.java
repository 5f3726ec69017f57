package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code <crash id>:regenerate_signature} on {@code crashes.reprocessing} recomputes the signature
 * of an already processed crash (say, after the signature lists changed) and changes nothing else:
 * no stack walk, same dates, same everything but the signature fields and the processing notes.
 */
class RegenerateSignatureIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What processing itself records and may change. */
  private static final Set<String> MAY_CHANGE =
      Set.of(
          "signature",
          "proto_signature",
          "signature_debug",
          "processor_notes",
          "processor_history",
          "started_datetime",
          "completed_datetime");

  @Test
  void onlyTheSignatureChanges() throws Exception {
    String crashId = TestCrashes.crashIdToday();
    String submitted = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Bucket.put(
        TestCrashes.rawCrashKey(crashId),
        ("{\"uuid\": \""
                + crashId
                + "\", \"ProductName\": \"BreakwaterIT\", \"submitted_timestamp\": \""
                + submitted
                + "\"}")
            .getBytes(StandardCharsets.UTF_8));
    ObjectNode before = processedBySomeEarlierVersion(crashId, submitted);
    Bucket.put("v1/processed_crash/" + crashId, JSON.writeValueAsBytes(before));

    try (CrashQueueClient queues = new CrashQueueClient()) {
      queues.send(
          CrashQueueClient.REPROCESSING,
          crashId + ":regenerate_signature",
          UUID.randomUUID().toString());
    }
    JsonNode document =
        CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
            .orElseThrow(() -> new AssertionError("crash " + crashId + " was not reprocessed"));

    assertEquals("nsTimerImpl::Fire", document.path("signature").asText());
    JsonNode after = JSON.readTree(Bucket.get("v1/processed_crash/" + crashId).orElseThrow());
    assertEquals("nsTimerImpl::Fire", after.path("signature").asText());
    assertEquals(
        before.path("processor_notes").asText(), after.at("/processor_history/0").asText());
    for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MAY_CHANGE.contains(name)) {
        assertEquals(before.get(name), after.get(name), name + " changed");
      }
    }
  }

  /** A processed crash as an older signature generation left it (with a stale signature). */
  private static ObjectNode processedBySomeEarlierVersion(String crashId, String submitted)
      throws Exception {
    String json =
        """
        {"crash_id": "%1$s", "uuid": "%1$s", "signature": "stale | signature",
         "product": "BreakwaterIT", "version": "1.0", "os_name": "Windows NT", "cpu_arch": "x86",
         "date_processed": "%2$s", "submitted_timestamp": "%2$s", "crashing_thread": 0,
         "reason": "EXCEPTION_ACCESS_VIOLATION_READ", "processor_notes": "processed by an earlier version",
         "json_dump": {"status": "OK", "system_info": {"os": "Windows NT", "cpu_arch": "x86"},
           "crash_info": {"crashing_thread": 0, "type": "EXCEPTION_ACCESS_VIOLATION_READ"},
           "threads": [{"frames": [
             {"frame": 0, "module": "xul.dll", "function": "nsTimerImpl::Fire(int)"},
             {"frame": 1, "module": "xul.dll", "function": "nsTimerEvent::Run()"}]}]},
         "topmost_filenames": "nsTimerImpl.cpp", "uptime": 42}
        """
            .formatted(crashId, submitted);
    return (ObjectNode) JSON.readTree(json);
  }
}
