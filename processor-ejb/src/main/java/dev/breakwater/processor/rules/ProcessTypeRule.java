package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Locale;

/**
 * Normalizes {@code process_type}: lower case and trimmed, {@code parent} when the crash reporter
 * did not say (Breakpad clients only annotate child processes).
 */
public final class ProcessTypeRule implements ProcessingRule {
  public static final String PARENT = "parent";

  @Override
  public void action(ProcessingCrash report) {
    String type = JsonPaths.text(report.processedCrash(), "/process_type", "").trim();
    report
        .processedCrash()
        .put("process_type", type.isEmpty() ? PARENT : type.toLowerCase(Locale.ROOT));
  }
}
