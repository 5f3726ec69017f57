package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/** Copies what the collector recorded about the submission ({@code metadata}). */
public final class CollectorMetadataRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    JsonNode metadata = report.rawCrash().get("metadata");
    if (metadata != null && metadata.isObject()) {
      report.processedCrash().set("collector_metadata", metadata.deepCopy());
    } else {
      report.processedCrash().putObject("collector_metadata");
    }
  }
}
