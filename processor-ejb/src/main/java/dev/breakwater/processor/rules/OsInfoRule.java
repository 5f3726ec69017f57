package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/** Sets {@code os_name} and {@code os_version} from the minidump's system information. */
public final class OsInfoRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    var processed = report.processedCrash();
    processed.put(
        "os_name", JsonPaths.text(processed, "/json_dump/system_info/os", "Unknown").trim());
    processed.put(
        "os_version", JsonPaths.text(processed, "/json_dump/system_info/os_ver", "").trim());
  }
}
