package dev.breakwater.collector.log;

import dev.breakwater.common.log.JsonLineHandler;
import dev.breakwater.common.log.JsonLines;
import java.util.Map;
import java.util.logging.Level;
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

  /** Held so the log manager, which keeps loggers weakly, cannot drop the handler with it. */
  private static final Logger ROOT_LOGGER = Logger.getLogger(ROOT);

  /** Logs {@code message} with {@code fields} if the level is enabled. */
  public static void event(Logger logger, Level level, String message, Map<String, ?> fields) {
    JsonLines.event(logger, level, message, fields, null);
  }

  /** Installs the JSON line handler on the collector's loggers, once. */
  public static void installJsonLines() {
    JsonLines.install(ROOT_LOGGER);
  }
}
