package dev.breakwater.processor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruncateStacksRuleTest {

  private static ObjectNode thread(int frames) {
    ObjectNode thread = JsonNodeFactory.instance.objectNode();
    ArrayNode list = thread.putArray("frames");
    for (int i = 0; i < frames; i++) {
      list.addObject().put("frame", i);
    }
    return thread;
  }

  /** frames | frames kept | removed-count message */
  @ParameterizedTest
  @CsvSource({
    "10, 10, ",
    "500, 500, ",
    "501, 500, '2 frames truncated'",
    "50000, 500, '49,501 frames truncated'"
  })
  void truncatesInTheMiddle(int frames, int kept, String message) {
    ProcessingCrash report = TestCrashes.processed("{}");
    ObjectNode jsonDump = report.processedCrash().putObject("json_dump");
    jsonDump.putArray("threads").add(thread(frames));
    jsonDump.set("crashing_thread", thread(frames));
    report
        .processedCrash()
        .putObject("upload_file_minidump_browser")
        .putObject("json_dump")
        .putArray("threads")
        .add(thread(frames));

    new TruncateStacksRule().action(report);

    for (String pointer :
        new String[] {
          "/json_dump/threads/0",
          "/json_dump/crashing_thread",
          "/upload_file_minidump_browser/json_dump/threads/0"
        }) {
      var result = report.processedCrash().at(pointer);
      assertEquals(kept, result.path("frames").size(), pointer);
      if (message == null) {
        assertFalse(result.has("truncated"));
      } else {
        assertTrue(result.path("truncated").asBoolean());
        assertEquals(0, result.at("/frames/0/frame").asInt());
        assertEquals(249, result.at("/frames/249/frame").asInt());
        assertEquals(message, result.at("/frames/250/truncated/msg").asText());
        assertEquals(frames - 249, result.at("/frames/251/frame").asInt());
        assertEquals(frames - 1, result.at("/frames/499/frame").asInt());
      }
    }
    assertEquals(
        message != null, report.notes().joined().contains("TruncateStacksRule: truncated"));
  }
}
