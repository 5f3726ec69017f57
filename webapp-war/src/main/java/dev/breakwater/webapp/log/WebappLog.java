package dev.breakwater.webapp.log;

import dev.breakwater.common.log.JsonLineHandler;
import dev.breakwater.common.log.JsonLines;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The webapp's event log: one JSON line per event on standard output ({@link JsonLineHandler}, the
 * collector's and processor's line format), with structured fields rather than free text.
 */
public final class WebappLog {

  /** Root logger of the webapp's events; its handler writes JSON lines. */
  public static final String ROOT = "dev.breakwater.webapp";

  /** Held so the log manager, which keeps loggers weakly, cannot drop the handler with it. */
  private static final Logger ROOT_LOGGER = Logger.getLogger(ROOT);

  private WebappLog() {}

  /** Logs {@code message} with {@code fields} if the level is enabled. */
  public static void event(Logger logger, Level level, String message, Map<String, ?> fields) {
    JsonLines.event(logger, level, message, fields, null);
  }

  /** Installs the JSON line handler on the webapp's loggers, once per class loader. */
  public static void installJsonLines() {
    JsonLines.install(ROOT_LOGGER);
  }
}
