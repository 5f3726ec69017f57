package dev.breakwater.processor.smoke;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Deployment smoke test of the processor's messaging. It consumes {@value #QUEUE} through the
 * Artemis resource adapter and answers on {@value #REPLIES} through the same adapter, inside the
 * delivery's XA transaction: a reply exists only if the delivery committed.
 *
 * <p>A message whose int property {@value #FAIL_DELIVERIES} is {@code n} throws on its first {@code
 * n} deliveries, so the broker's redelivery delay and dead-letter queue can be observed from
 * outside (src-it {@code ResourceAdapterSmokeIT}). Operators can use it the same way to check a
 * deployment; crash queues are untouched.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = SmokeTestListener.QUEUE),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class SmokeTestListener implements MessageListener {

  /** Smoke-test requests. */
  public static final String QUEUE = "breakwater.smoke";

  /** Answers to committed smoke-test requests. */
  public static final String REPLIES = "breakwater.smoke.replies";

  /** Int property: number of deliveries to fail before answering. */
  public static final String FAIL_DELIVERIES = "failDeliveries";

  /** Int property of a reply: the delivery that succeeded (1 = first). */
  public static final String DELIVERY = "delivery";

  @Resource(lookup = CrashQueues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public void onMessage(Message request) {
    try {
      int delivery = request.getIntProperty("JMSXDeliveryCount");
      if (delivery <= failDeliveries(request)) {
        throw new RequestedFailure(delivery);
      }
      reply(request, delivery);
    } catch (JMSException e) {
      throw new IllegalStateException("smoke test request unreadable", e);
    }
  }

  private static int failDeliveries(Message request) throws JMSException {
    return request.propertyExists(FAIL_DELIVERIES) ? request.getIntProperty(FAIL_DELIVERIES) : 0;
  }

  private void reply(Message request, int delivery) throws JMSException {
    String body = request instanceof TextMessage text ? text.getText() : "";
    try (JMSContext context = connectionFactory.createContext()) {
      context
          .createProducer()
          .setJMSCorrelationID(request.getJMSMessageID())
          .setProperty(DELIVERY, delivery)
          .send(context.createQueue(REPLIES), body);
    }
  }

  /** Thrown on purpose: the container rolls the delivery back and the broker redelivers it. */
  static final class RequestedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RequestedFailure(int delivery) {
      super("smoke test failure requested for delivery " + delivery);
    }
  }
}
