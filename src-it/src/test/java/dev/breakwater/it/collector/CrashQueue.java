package dev.breakwater.it.collector;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Reads message bodies from a queue of the private broker. */
final class CrashQueue {

  private CrashQueue() {}

  /** Bodies received within {@code wait}, stopping early once {@code expected} has arrived. */
  static List<String> receive(String brokerUrl, String queue, String expected, Duration wait)
      throws JMSException {
    List<String> bodies = new ArrayList<>();
    Instant deadline = Instant.now().plus(wait);
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        Connection connection = factory.createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
      while (Instant.now().isBefore(deadline)) {
        Message message = consumer.receive(500);
        if (message != null) {
          bodies.add(((TextMessage) message).getText());
          if (bodies.contains(expected)) {
            break;
          }
        }
      }
    }
    return bodies;
  }
}
