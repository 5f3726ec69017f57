package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/**
 * Sets {@code report_type}: {@code hang} for reports of hangs (an IPC channel error, a shutdown
 * that timed out, a hang annotation, or a watchdog in the crashing thread), else {@code crash}.
 */
public final class ReportTypeRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    report.processedCrash().put("report_type", isHang(report.processedCrash()) ? "hang" : "crash");
  }

  private static boolean isHang(ObjectNode processed) {
    if (processed.hasNonNull("ipc_channel_error")
        || processed.hasNonNull("async_shutdown_timeout")) {
      return true;
    }
    if (processed.path("hang_type").asInt(0) != 0) {
      return true;
    }
    for (JsonNode frame : JsonPaths.crashingThreadFrames(processed).orElse(processed.arrayNode())) {
      if (frame.path("function").asText("").contains("RunWatchdog")) {
        return true;
      }
    }
    return false;
  }
}
