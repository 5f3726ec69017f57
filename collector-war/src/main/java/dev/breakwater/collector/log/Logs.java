package dev.breakwater.collector.log;

import dev.breakwater.common.log.JsonLineHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Log events with structured fields ({@code crash_id}, {@code error}, ...), which {@link
 * JsonLineHandler} writes as top-level JSON fields. Collector code logs through this so that every
 * line about a crash carries its crash ID as a field, never inside free text.
 */
public final class Logs {

  /** Root logger of the collector; its handler writes JSON lines. */
  public static final String ROOT = "dev.breakwater.collector";

  private Logs() {}

  /** Logs {@code message} with {@code fields} if the level is enabled. */
  public static void event(Logger logger, Level level, String message, Map<String, ?> fields) {
    if (!logger.isLoggable(level)) {
      return;
    }
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger.getName());
    record.setParameters(new Object[] {new LinkedHashMap<>(fields)});
    logger.log(record);
  }

  /** Installs the JSON line handler on the collector's loggers, once. */
  public static void installJsonLines() {
    Logger root = Logger.getLogger(ROOT);
    for (var handler : root.getHandlers()) {
      if (handler instanceof JsonLineHandler) {
        return;
      }
    }
    root.addHandler(new JsonLineHandler());
    root.setUseParentHandlers(false);
  }
}
