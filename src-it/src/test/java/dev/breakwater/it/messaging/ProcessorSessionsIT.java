package dev.breakwater.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Stack;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * The processor's session count on each crash queue is the environment variable its listener names,
 * or the listener's default when the variable is not set, as Payara resolves {@code
 * ${ENV=NAME:default}} in the activation config. Each session is one consumer on the broker, so the
 * broker's consumer count of a queue is the count the processor runs with.
 *
 * <p>The test stack gives the processor a standard-queue count other than the default ({@code
 * stack.processor.environment} in config/test/stack.properties), which a count fixed in the archive
 * or an expression left unresolved would not give. The other queues keep their defaults, which
 * shows the default branch.
 */
class ProcessorSessionsIT {

  /** Each queue's variable and default, as docs/processor.md lists them. */
  private static final List<Listener> LISTENERS =
      List.of(
          new Listener("crashes.standard", "BREAKWATER_PROCESSOR_STANDARD_SESSIONS", 16),
          new Listener("crashes.priority", "BREAKWATER_PROCESSOR_PRIORITY_SESSIONS", 2),
          new Listener("crashes.reprocessing", "BREAKWATER_PROCESSOR_REPROCESSING_SESSIONS", 1));

  /**
   * Other processors started by earlier tests (ShutdownIT's) add consumers until the broker drops
   * their connections, a minute after a kill at most (connection TTL 60 s). They only ever add, so
   * waiting for them to go cannot make a wrong count look right.
   */
  private static final Duration SETTLE = Duration.ofMinutes(3);

  private static final long REPLY_TIMEOUT_MS = 10_000;

  @Test
  void eachQueueHasAsManyConsumersAsTheProcessorWasConfiguredWith() throws Exception {
    Map<String, String> environment = environment(Stack.get("app.environment.processor"));
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Listener listener : LISTENERS) {
      String value = environment.get(listener.variable());
      expected.put(
          listener.queue(), value == null ? listener.defaultSessions() : Integer.parseInt(value));
    }
    assertTrue(
        LISTENERS.stream().anyMatch(l -> expected.get(l.queue()) != l.defaultSessions()),
        "the test stack must set a session count other than the default, or this test cannot tell"
            + " a resolved variable from the default: "
            + expected);

    Map<String, Integer> observed;
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(Stack.get("broker.url"));
        JMSContext context = factory.createContext()) {
      Queue management = context.createQueue("activemq.management");
      TemporaryQueue replies = context.createTemporaryQueue();
      try (JMSConsumer replyConsumer = context.createConsumer(replies)) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        do {
          observed = new LinkedHashMap<>();
          for (Listener listener : LISTENERS) {
            observed.put(
                listener.queue(),
                consumerCount(context, management, replies, replyConsumer, listener.queue()));
          }
          if (observed.equals(expected)) {
            break;
          }
          Thread.sleep(500);
        } while (System.nanoTime() < deadline);
      }
    }
    assertEquals(
        expected, observed, "consumers per queue (processor environment: " + environment + ")");
  }

  /** The broker's consumer count of {@code queue}, asked through its management address. */
  private static int consumerCount(
      JMSContext context,
      Queue management,
      TemporaryQueue replies,
      JMSConsumer replyConsumer,
      String queue)
      throws Exception {
    Message request = context.createMessage();
    JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, "consumerCount");
    context.createProducer().setJMSReplyTo(replies).send(management, request);
    Message reply = replyConsumer.receive(REPLY_TIMEOUT_MS);
    assertNotNull(reply, "no answer from the broker's management address about " + queue);
    assertTrue(
        JMSManagementHelper.hasOperationSucceeded(reply),
        "the broker could not tell the consumer count of "
            + queue
            + ": "
            + JMSManagementHelper.getResult(reply));
    return ((Number) JMSManagementHelper.getResult(reply)).intValue();
  }

  /** {@code NAME=value NAME=value}, as stack.properties gives it. */
  private static Map<String, String> environment(String assignments) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String assignment : assignments.trim().split("\\s+")) {
      int equals = assignment.indexOf('=');
      assertTrue(equals > 0, "not NAME=value: " + assignment);
      variables.put(assignment.substring(0, equals), assignment.substring(equals + 1));
    }
    return variables;
  }

  private record Listener(String queue, String variable, int defaultSessions) {}
}
