package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets {@code major_version} to the leading number of the version ({@code 128.0.1} → 128, {@code
 * 3.2b1} → 3), or 0 when the version has none, so crashes can be filtered by major release.
 */
public final class MajorVersionRule implements ProcessingRule {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,9})(?:\\D|$)");

  @Override
  public void action(ProcessingCrash report) {
    String version = JsonPaths.text(report.processedCrash(), "/version", "");
    Matcher matcher = LEADING_NUMBER.matcher(version);
    report
        .processedCrash()
        .put("major_version", matcher.find() ? Integer.parseInt(matcher.group(1)) : 0);
  }
}
