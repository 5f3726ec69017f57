package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Map;

/**
 * Sets {@code cpu_arch}, {@code cpu_info}, {@code cpu_count} and {@code cpu_microcode_version} from
 * the minidump, falling back to the {@code Android_CPU_ABI} annotation for the architecture and to
 * {@code CPUMicrocodeVersion} for the microcode.
 */
public final class CpuInfoRule implements ProcessingRule {
  private static final Map<String, String> ANDROID_CPU_ABI =
      Map.of("armeabi-v7a", "arm", "arm64-v8a", "arm64", "x86_64", "amd64");

  @Override
  public void action(ProcessingCrash report) {
    var processed = report.processedCrash();
    processed.put(
        "cpu_info", JsonPaths.text(processed, "/json_dump/system_info/cpu_info", "unknown"));
    processed.put(
        "cpu_count", JsonPaths.integer(processed, "/json_dump/system_info/cpu_count").orElse(0L));
    String arch = JsonPaths.text(processed, "/json_dump/system_info/cpu_arch", "unknown");
    String abi = JsonPaths.text(report.rawCrash(), "/Android_CPU_ABI", null);
    if (arch.equals("unknown") && abi != null) {
      arch = ANDROID_CPU_ABI.getOrDefault(abi, abi);
    }
    processed.put("cpu_arch", arch);
    JsonNode microcode = processed.at("/json_dump/system_info/cpu_microcode_version");
    if (microcode.isIntegralNumber()) {
      processed.put("cpu_microcode_version", "0x" + Long.toHexString(microcode.asLong()));
    } else if (microcode.isTextual()) {
      processed.put("cpu_microcode_version", microcode.asText());
    } else if (report.rawCrash().hasNonNull("CPUMicrocodeVersion")) {
      processed.put("cpu_microcode_version", report.rawCrash().get("CPUMicrocodeVersion").asText());
    }
  }
}
