package dev.breakwater.webapp.crashes;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.List;

/**
 * Puts crash IDs on the processor's queues from the webapp: {@code crashes.priority} for a crash
 * someone is waiting to see, {@code crashes.reprocessing} for crashes to process again. Persistent
 * messages, sent through the resource adapter's connection factory.
 */
@ApplicationScoped
public class CrashQueuePublisher {

  @Resource(lookup = CrashQueues.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  /**
   * Sends each body (a crash ID, or {@code <crash id>:<ruleset>}) to {@code queue}.
   *
   * @throws jakarta.jms.JMSRuntimeException when the broker cannot take them
   */
  public void publish(String queue, List<String> bodies) {
    try (JMSContext context = connectionFactory.createContext()) {
      Queue destination = context.createQueue(queue);
      JMSProducer producer = context.createProducer();
      for (String body : bodies) {
        producer.send(destination, body);
      }
    }
  }
}
