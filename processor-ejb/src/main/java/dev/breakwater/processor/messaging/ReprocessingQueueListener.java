package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@code crashes.reprocessing}: crashes to process again ({@code <crash id>} or {@code
 * <crash id>:regenerate_signature}). One session unless the environment variable {@code
 * BREAKWATER_PROCESSOR_REPROCESSING_SESSIONS} says otherwise (read when Payara activates the bean,
 * see {@link StandardQueueListener}), so a large reprocessing request does not crowd out new
 * crashes.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = CrashQueues.REPROCESSING),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${ENV=BREAKWATER_PROCESSOR_REPROCESSING_SESSIONS:1}"),
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
    })
public class ReprocessingQueueListener implements MessageListener {
  @Inject CrashMessageHandler handler;

  @Override
  public void onMessage(Message message) {
    handler.handle(message, CrashQueue.REPROCESSING);
  }
}
