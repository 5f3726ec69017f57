package dev.breakwater.processor.config;

import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.log.CrashLog;
import dev.breakwater.processor.log.JsonLineHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Starts the processor with the application: crash log lines go out as JSON, and the crash
 * processor is built now, so a bad configuration (bucket name, index prefix, schema) fails the
 * deployment instead of the first crash.
 */
@ApplicationScoped
public class ProcessorStartup {
  @Inject CrashProcessor processor;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    installJsonLog();
    processor.knowsRuleset("default"); // resolves the producer chain now
  }

  private static void installJsonLog() {
    Logger crashes = Logger.getLogger(CrashLog.LOGGER);
    for (Handler handler : crashes.getHandlers()) {
      if (handler instanceof JsonLineHandler) {
        return; // redeployed in the same server
      }
    }
    crashes.setUseParentHandlers(false);
    crashes.addHandler(new JsonLineHandler());
  }
}
