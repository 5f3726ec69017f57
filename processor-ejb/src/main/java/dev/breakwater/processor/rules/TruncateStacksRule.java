package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Cuts stacks of more than 500 frames in the middle, keeping the first 250 and the last 249 with a
 * marker frame between them: the top says where it crashed, the bottom how the thread started, and
 * a runaway recursion in between only bloats the document.
 *
 * <p>folklore: stack overflows from unbounded recursion produce threads with tens of thousands of
 * identical frames, and processed crashes of many megabytes (Socorro added this rule after such
 * crashes broke indexing). Covered by TruncateStacksRuleTest.
 */
public final class TruncateStacksRule implements ProcessingRule {
  public static final int MAX_FRAMES = 500;
  private static final int HALF = MAX_FRAMES / 2;

  @Override
  public void action(ProcessingCrash report) {
    ObjectNode processed = report.processedCrash();
    Iterator<Map.Entry<String, JsonNode>> fields = processed.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("json_dump")) {
        truncateAll(field.getValue(), "json_dump", report);
      } else if (field.getValue().path("json_dump").isObject()) {
        truncateAll(field.getValue().get("json_dump"), field.getKey() + ".json_dump", report);
      }
    }
  }

  private void truncateAll(JsonNode jsonDump, String path, ProcessingCrash report) {
    truncate(jsonDump.path("crashing_thread"), path + ".crashing_thread", report);
    JsonNode threads = jsonDump.path("threads");
    for (int i = 0; i < threads.size(); i++) {
      truncate(threads.get(i), "%s.threads[%d]".formatted(path, i), report);
    }
  }

  private void truncate(JsonNode thread, String path, ProcessingCrash report) {
    JsonNode frames = thread.path("frames");
    if (!thread.isObject() || !frames.isArray() || frames.size() <= MAX_FRAMES) {
      return;
    }
    ArrayNode kept = ((ObjectNode) thread).arrayNode();
    for (int i = 0; i < HALF; i++) {
      kept.add(frames.get(i));
    }
    int removed = frames.size() - (MAX_FRAMES - 1);
    kept.addObject()
        .putObject("truncated")
        .put("msg", String.format(Locale.ROOT, "%,d frames truncated", removed));
    for (int i = frames.size() - (HALF - 1); i < frames.size(); i++) {
      kept.add(frames.get(i));
    }
    ((ObjectNode) thread).set("frames", kept);
    ((ObjectNode) thread).put("truncated", true);
    report.addNote(
        "TruncateStacksRule: truncated %s.frames: %d -> %d"
            .formatted(path, frames.size(), kept.size()));
  }
}
