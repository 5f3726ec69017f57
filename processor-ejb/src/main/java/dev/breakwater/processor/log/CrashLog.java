package dev.breakwater.processor.log;

import dev.breakwater.common.log.JsonLineHandler;
import dev.breakwater.common.log.JsonLines;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JSON log line per crash message with the crash ID, queue, outcome and times, never an
 * annotation value (they may hold personal data): operators follow a crash from the collector's
 * line to its processing with the crash ID.
 */
public final class CrashLog {
  /** Logger of the crash lines; {@link JsonLineHandler} writes them as JSON. */
  public static final String LOGGER = "dev.breakwater.processor.crashes";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  private CrashLog() {}

  /** Sends crash lines to standard output as JSON (once per class loader). */
  public static void writeJsonLines() {
    JsonLines.install(LOG);
  }

  /** Logs one line; {@code keyValues} alternate field names and values. */
  public static void log(Level level, String message, Throwable thrown, Object... keyValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        fields.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
      }
    }
    JsonLines.event(LOG, level, message, fields, thrown);
  }
}
