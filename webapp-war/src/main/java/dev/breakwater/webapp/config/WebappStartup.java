package dev.breakwater.webapp.config;

import dev.breakwater.webapp.log.WebappLog;
import dev.breakwater.webapp.symbols.SymbolUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the webapp's services at deployment, so that bad configuration (an invalid bucket name, a
 * malformed upload token hash) fails the deployment with a clear message instead of the first
 * request.
 */
@ApplicationScoped
public class WebappStartup {

  private static final Logger LOG = Logger.getLogger(WebappLog.ROOT + ".startup");

  @Inject SymbolUpload symbolUpload;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    WebappLog.installJsonLines();
    WebappLog.event(
        LOG, Level.INFO, "webapp started", Map.of("symbol_upload", symbolUpload.enabled()));
  }
}
