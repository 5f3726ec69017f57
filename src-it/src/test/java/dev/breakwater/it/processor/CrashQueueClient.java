package dev.breakwater.it.processor;

import dev.breakwater.it.Stack;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Sends to the crash queues and reads the dead-letter queue, as an operator's tool would. */
final class CrashQueueClient implements AutoCloseable {
  static final String STANDARD = "crashes.standard";
  static final String REPROCESSING = "crashes.reprocessing";
  static final String DEAD_LETTERS = "crashes.dlq";

  /** Property the tests put on their messages so they can pick their own out of shared queues. */
  static final String TEST_RUN = "itRun";

  private final ActiveMQConnectionFactory factory =
      new ActiveMQConnectionFactory(Stack.get("broker.url"));
  private final JMSContext context = factory.createContext();

  void send(String queue, String body, String testRun) {
    TextMessage message = context.createTextMessage(body);
    try {
      message.setStringProperty(TEST_RUN, testRun);
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
    context
        .createProducer()
        .setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT)
        .send(context.createQueue(queue), message);
  }

  /** The next dead letter of this test run, or null after {@code timeoutMs}. */
  Message deadLetter(String testRun, long timeoutMs) {
    try (JMSConsumer consumer =
        context.createConsumer(
            context.createQueue(DEAD_LETTERS), TEST_RUN + " = '" + testRun + "'")) {
      return consumer.receive(timeoutMs);
    }
  }

  @Override
  public void close() {
    context.close();
    factory.close();
  }
}
