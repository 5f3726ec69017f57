package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@code crashes.priority}: crashes someone is waiting to see. Its own sessions mean a
 * priority crash never queues behind standard ones; while it runs, standard crashes hold back (see
 * {@code PriorityGate}). Sessions: the environment variable {@code
 * BREAKWATER_PROCESSOR_PRIORITY_SESSIONS}, 2 when it is not set, read when Payara activates the
 * bean (see {@link StandardQueueListener}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = CrashQueues.PRIORITY),
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
