package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/**
 * Lifts the crashing thread, its name, the crash reason and the crash address out of the main
 * {@code json_dump}.
 *
 * <p>The address is the stack walker's {@code adjusted_address} when it has one: for a null-pointer
 * access (e.g. reading field 0x18 of a null object reports 0x18) the address becomes null of the
 * pointer's width so such crashes group together; for a non-canonical amd64 address the corrected
 * address is used.
 */
public final class CrashingThreadInfoRule implements ProcessingRule {
  private static final int WIDE_ADDRESS_LENGTH = 18; // "0x" + 16 hex digits

  @Override
  public boolean predicate(ProcessingCrash report) {
    return report.processedCrash().path("json_dump").isObject();
  }

  @Override
  public void action(ProcessingCrash report) {
    ObjectNode processed = report.processedCrash();
    JsonNode crashInfo = processed.at("/json_dump/crash_info");
    JsonNode thread = crashInfo.path("crashing_thread");
    if (thread.isIntegralNumber()) {
      processed.put("crashing_thread", thread.asInt());
    } else {
      processed.putNull("crashing_thread");
      report.addNote("the stack walker did not identify the crashing thread");
    }
    processed.put(
        "crashing_thread_name",
        JsonPaths.text(processed, "/json_dump/crashing_thread/thread_name", null));
    processed.put("reason", JsonPaths.text(crashInfo, "/type", ""));
    processed.put("address", address(crashInfo));
  }

  static String address(JsonNode crashInfo) {
    String address = JsonPaths.text(crashInfo, "/address", null);
    JsonNode adjusted = crashInfo.path("adjusted_address");
    String kind = JsonPaths.text(adjusted, "/kind", "");
    if (kind.equals("null-pointer")) {
      return address != null && address.length() == WIDE_ADDRESS_LENGTH
          ? "0x0000000000000000"
          : "0x00000000";
    }
    if (kind.equals("non-canonical")) {
      return JsonPaths.text(adjusted, "/address", address);
    }
    return address;
  }
}
