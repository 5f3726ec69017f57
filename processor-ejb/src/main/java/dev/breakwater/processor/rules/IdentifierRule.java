package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;

/**
 * Sets {@code crash_id} and {@code uuid} from the crash ID the processor was asked to process (the
 * queue message), which is also the raw crash's storage key, rather than from the raw crash's own
 * {@code uuid} which a broken collector could have got wrong.
 */
public final class IdentifierRule implements ProcessingRule {

  @Override
  public void action(ProcessingCrash report) {
    String rawUuid = report.rawCrash().path("uuid").asText(report.crashId());
    if (!rawUuid.equals(report.crashId())) {
      report.addNote("IdentifierRule: raw crash uuid differs from the crash ID");
    }
    report.processedCrash().put("crash_id", report.crashId());
    report.processedCrash().put("uuid", report.crashId());
  }
}
