package dev.breakwater.processor.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes {@code crashes.standard}: new crashes from the collector. Processing waits on storage
 * and search much of the time, so sixteen sessions keep two cores busy. {@code
 * consumerWindowSize=0} keeps messages in the broker until a session is free, so several processors
 * share the queue evenly and a stopping processor holds no prefetched crashes. (Payara Micro does
 * not substitute configuration into activation properties, so session counts are fixed here; scale
 * out with more processors.)
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "crashes.standard"),
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
