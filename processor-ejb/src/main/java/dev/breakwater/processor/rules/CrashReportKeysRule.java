package dev.breakwater.processor.rules;

import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Lists every annotation and dump name of the crash report in {@code crash_report_keys}, so one can
 * search for reports that carry a given annotation. Names that are not plain identifiers are left
 * out and noted: they would make poor search terms and may be junk.
 */
public final class CrashReportKeysRule implements ProcessingRule {
  private static final Pattern VALID_KEY = Pattern.compile("^[a-zA-Z0-9_-]+$");
  private static final int MAX_KEY_LENGTH = 100;

  @Override
  public void action(ProcessingCrash report) {
    Set<String> keys = new TreeSet<>();
    report.rawCrash().fieldNames().forEachRemaining(keys::add);
    keys.remove("metadata");
    keys.addAll(report.dumps().keySet());
    var list = report.processedCrash().putArray("crash_report_keys");
    boolean invalid = false;
    for (String key : keys) {
      if (VALID_KEY.matcher(key).matches()) {
        list.add(key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key);
      } else {
        invalid = true;
      }
    }
    if (invalid) {
      report.addNote("invalidkeys: Crash report contains invalid keys");
    }
  }
}
