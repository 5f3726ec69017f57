package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@code crashes.standard}: new crashes from the collector. Processing waits on storage
 * and search much of the time, so the default of sixteen sessions keeps two cores busy. {@code
 * consumerWindowSize=0} keeps messages in the broker until a session is free, so several processors
 * share the queue evenly and a stopping processor holds no prefetched crashes.
 *
 * <p>The session count is the environment variable {@code BREAKWATER_PROCESSOR_STANDARD_SESSIONS},
 * 16 when it is not set. Payara (Micro and Server) expands {@code ${ENV=NAME:default}} in the
 * activation config when it activates the bean: the server process's variable if it is set, the
 * text after the colon if not. It reads the process environment only: MicroProfile Config is not
 * available at that point, so a system property or configuration key of that name changes nothing,
 * and a new count takes a restart. The other listeners' counts work the same way.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = CrashQueues.STANDARD),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${ENV=BREAKWATER_PROCESSOR_STANDARD_SESSIONS:16}"),
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
    })
public class StandardQueueListener implements MessageListener {
  @Inject CrashMessageHandler handler;

  @Override
  public void onMessage(Message message) {
    handler.handle(message, CrashQueue.STANDARD);
  }
}
