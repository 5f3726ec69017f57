package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes NUL characters from annotation names and text values of the raw crash.
 *
 * <p>folklore: crash reporters built from C strings sometimes send annotation values with embedded
 * NULs (Socorro met them in Firefox reports); PostgreSQL text and many tools reject them. Covered
 * by DeNullRuleTest.
 */
public final class DeNullRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    ObjectNode raw = report.rawCrash();
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    raw.fields().forEachRemaining(entries::add);
    boolean hadNulls = false;
    for (Map.Entry<String, JsonNode> entry : entries) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      String cleanKey = key.replace("\0", "");
      boolean dirtyValue = value.isTextual() && value.asText().indexOf('\0') >= 0;
      if (!cleanKey.equals(key) || dirtyValue) {
        hadNulls = true;
        raw.remove(key);
        raw.set(cleanKey, dirtyValue ? raw.textNode(value.asText().replace("\0", "")) : value);
      }
    }
    if (hadNulls) {
      report.addNote("DeNullRule: removed NUL characters from annotations");
    }
  }
}
