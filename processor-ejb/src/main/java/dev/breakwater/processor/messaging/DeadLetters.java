package dev.breakwater.processor.messaging;

import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.processor.config.ProcessorConfigKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import java.util.Enumeration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves messages the processor gives up on to the dead-letter queue, inside the delivery's XA
 * transaction: the copy exists if and only if the original is acknowledged. Operators find them
 * there with why ({@value #REASON}) and where from ({@value #QUEUE}), fix the cause and send them
 * to {@code crashes.reprocessing}.
 */
@ApplicationScoped
public class DeadLetters {
  /** String property: the {@link MessageOutcome} code that sent the message here. */
  public static final String REASON = "breakwater_reason";

  /** String property: the queue the message came from. */
  public static final String QUEUE = "breakwater_queue";

  @Resource(lookup = CrashQueues.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject
  @ConfigProperty(name = ProcessorConfigKeys.DEAD_LETTER_QUEUE)
  String deadLetterQueue;

  /** String property: the crash ID, when the message named a valid one. */
  public static final String CRASH_ID = "breakwater_crash_id";

  /**
   * Sends a copy of {@code original} to the dead-letter queue as part of the current transaction,
   * keeping its application properties so senders can still recognise it.
   */
  public void send(
      Message original, String body, String crashId, CrashQueue from, MessageOutcome reason) {
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer();
      copyProperties(original, producer);
      producer.setProperty(REASON, reason.code()).setProperty(QUEUE, from.queueName());
      if (crashId != null) {
        producer.setProperty(CRASH_ID, crashId);
      }
      producer.send(context.createQueue(deadLetterQueue), body == null ? "" : body);
    }
  }

  private static void copyProperties(Message original, JMSProducer producer) {
    try {
      Enumeration<?> names = original.getPropertyNames();
      while (names.hasMoreElements()) {
        String name = (String) names.nextElement();
        if (!name.startsWith("JMS") && !name.startsWith("_AMQ")) {
          producer.setProperty(name, original.getObjectProperty(name));
        }
      }
    } catch (JMSException e) {
      // The copy still carries the body and the reason; the original properties are a courtesy.
    }
  }
}
