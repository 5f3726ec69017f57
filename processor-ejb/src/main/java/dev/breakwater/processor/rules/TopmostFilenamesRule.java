package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/**
 * Sets {@code topmost_filenames} to the source file of the topmost frame of the crashing thread
 * that has one, looking at inlined functions before their frame (they execute first). Left out when
 * no frame has a file. The plural name is historical (Socorro's); it holds one file.
 */
public final class TopmostFilenamesRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    for (JsonNode frame :
        JsonPaths.crashingThreadFrames(report.processedCrash())
            .orElse(report.processedCrash().arrayNode())) {
      for (JsonNode inline : frame.path("inlines")) {
        String file = JsonPaths.text(inline, "/file", "");
        if (!file.isEmpty()) {
          report.processedCrash().put("topmost_filenames", file);
          return;
        }
      }
      String file = JsonPaths.text(frame, "/file", "");
      if (!file.isEmpty()) {
        report.processedCrash().put("topmost_filenames", file);
        return;
      }
    }
  }
}
