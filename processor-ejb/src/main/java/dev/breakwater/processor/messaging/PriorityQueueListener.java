package dev.breakwater.processor.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@code crashes.priority}: crashes someone is waiting to see. Its own sessions mean a
 * priority crash never queues behind standard ones; while it runs, standard crashes hold back (see
 * {@code PriorityGate}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "crashes.priority"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${ENV=BREAKWATER_PROCESSOR_PRIORITY_SESSIONS:2}"),
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
    })
public class PriorityQueueListener implements MessageListener {
  @Inject CrashMessageHandler handler;

  @Override
  public void onMessage(Message message) {
    handler.handle(message, CrashQueue.PRIORITY);
  }
}
