package dev.breakwater.processor.config;

import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.processor.application.CrashProcessor;
import dev.breakwater.processor.log.CrashLog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactoryDefinition;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the processor with the application: crash log lines go out as JSON, and the crash
 * processor (S3 and Elasticsearch clients, symbol cache, schema, signature lists) is built now, so
 * a bad configuration fails the deployment instead of the first crash, and the first crash does not
 * pay for the setup.
 *
 * <p>It also defines the processor's JMS connection factory (dead letters, the smoke test, the
 * broker readiness check): resource definitions sit on a component class, and this is the one that
 * stands for the processor as a whole.
 */
@JMSConnectionFactoryDefinition(
    name = CrashQueues.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "artemis-ra")
@Singleton
@Startup
public class ProcessorStartup {
  private static final Logger LOG = Logger.getLogger(ProcessorStartup.class.getName());

  @Inject CrashProcessor processor;

  @PostConstruct
  void start() {
    CrashLog.writeJsonLines();
    try {
      processor.warmUp();
    } catch (IOException | RuntimeException e) {
      // Storage or search not up yet: readiness reports it, and crashes wait in the queue.
      LOG.log(Level.WARNING, "could not warm up storage and search: " + e);
    }
  }
}
