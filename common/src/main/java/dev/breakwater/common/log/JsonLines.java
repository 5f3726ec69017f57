package dev.breakwater.common.log;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Structured log events for {@link JsonLineHandler}: the fields of an event travel as the record's
 * single {@code Map} parameter and become top-level JSON fields, so a crash ID is a field, never
 * part of free text. Every component logs through this.
 */
public final class JsonLines {

  private JsonLines() {}

  /**
   * Sends the records of {@code logger} and its children to standard output as JSON lines, once.
   * The caller keeps a strong reference to {@code logger}: the log manager holds loggers only
   * weakly, so a handler added to a logger nobody holds can vanish with it.
   */
  public static void install(Logger logger) {
    synchronized (logger) {
      for (Handler handler : logger.getHandlers()) {
        if (handler instanceof JsonLineHandler) {
          return;
        }
      }
      logger.setUseParentHandlers(false);
      logger.addHandler(new JsonLineHandler());
    }
  }

  /** Logs {@code message} with {@code fields} (and {@code thrown}, if any) if the level is on. */
  public static void event(
      Logger logger, Level level, String message, Map<String, ?> fields, Throwable thrown) {
    if (!logger.isLoggable(level)) {
      return;
    }
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger.getName());
    record.setParameters(new Object[] {new LinkedHashMap<>(fields)});
    record.setThrown(thrown);
    logger.log(record);
  }
}
