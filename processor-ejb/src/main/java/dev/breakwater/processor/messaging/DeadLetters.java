package dev.breakwater.processor.messaging;

import dev.breakwater.processor.config.ProcessorConfigKeys;
import dev.breakwater.processor.smoke.SmokeTestListener;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
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

  @Resource(lookup = SmokeTestListener.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject
  @ConfigProperty(name = ProcessorConfigKeys.DEAD_LETTER_QUEUE)
  String deadLetterQueue;

  /** Sends {@code body} to the dead-letter queue as part of the current transaction. */
  public void send(String body, CrashQueue from, MessageOutcome reason) {
    try (JMSContext context = connectionFactory.createContext()) {
      context
          .createProducer()
          .setProperty(REASON, reason.code())
          .setProperty(QUEUE, from.queueName())
          .send(context.createQueue(deadLetterQueue), body == null ? "" : body);
    }
  }
}
