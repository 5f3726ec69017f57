package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/**
 * Copies the sha256 of every dump, computed by the collector while it streamed them to storage, and
 * the main minidump's as {@code minidump_sha256_hash} (searchable, to find duplicate submissions).
 */
public final class DumpChecksumsRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    JsonNode checksums = report.rawCrash().at("/metadata/dump_checksums");
    var processed = report.processedCrash();
    if (checksums.isObject()) {
      processed.set("dump_checksums", checksums.deepCopy());
    } else {
      processed.putObject("dump_checksums");
    }
    processed.put("minidump_sha256_hash", checksums.path(Dump.MAIN_MINIDUMP).asText(""));
  }
}
