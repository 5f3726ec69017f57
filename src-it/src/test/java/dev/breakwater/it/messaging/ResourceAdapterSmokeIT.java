package dev.breakwater.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.breakwater.it.Stack;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's smoke-test MDB receives through the Artemis resource adapter and replies through
 * it inside the delivery's transaction; an exception it throws makes the broker redeliver, and
 * after the configured attempts (3 for breakwater.smoke) the message is dead-lettered.
 */
class ResourceAdapterSmokeIT {

  /**
   * Longer than the broker's connection TTL (60 s). Other processors deployed by earlier tests (the
   * Arquillian test's instance, ShutdownIT's killed one) also consume the smoke queue; a delivery
   * the broker handed to such a vanished consumer was seen to come back only once the broker
   * dropped its connection, about a minute later.
   */
  private static final long WAIT_MS = 180_000;

  private static ActiveMQConnectionFactory factory;
  private static JMSContext context;

  @BeforeAll
  static void connect() {
    factory = new ActiveMQConnectionFactory(Stack.get("broker.url"));
    context = factory.createContext();
  }

  @AfterAll
  static void disconnect() {
    context.close();
    factory.close();
  }

  @Test
  void messageIsReceivedAndAnsweredThroughTheAdapter() throws JMSException {
    String body = "hello " + UUID.randomUUID();
    Message reply = replyTo(send(body, 0));

    assertNotNull(reply, "no reply from the processor's smoke-test MDB");
    assertEquals(body, ((TextMessage) reply).getText());
    assertEquals(1, reply.getIntProperty("delivery"));
  }

  @Test
  void thrownExceptionCausesRedelivery() throws JMSException {
    Message reply = replyTo(send("fail twice " + UUID.randomUUID(), 2));

    assertNotNull(reply, "no reply after two failed deliveries");
    assertEquals(3, reply.getIntProperty("delivery"), "answered on the third delivery");
  }

  @Test
  void messageFailingEveryDeliveryIsDeadLetteredWithoutReply() throws JMSException {
    String smokeId = UUID.randomUUID().toString();
    String requestId = send("always fails " + smokeId, 1_000, smokeId);

    Message deadLetter;
    try (JMSConsumer dlq =
        context.createConsumer(
            context.createQueue("breakwater.smoke.dlq"), "smokeId = '" + smokeId + "'")) {
      deadLetter = dlq.receive(WAIT_MS);
    }
    assertNotNull(deadLetter, "not dead-lettered");
    assertEquals("breakwater.smoke", deadLetter.getStringProperty("_AMQ_ORIG_QUEUE"));
    try (JMSConsumer replies = repliesTo(requestId)) {
      assertNull(replies.receiveNoWait(), "a rolled-back delivery must not leave a reply");
    }
  }

  private static String send(String body, int failDeliveries) throws JMSException {
    return send(body, failDeliveries, UUID.randomUUID().toString());
  }

  private static String send(String body, int failDeliveries, String smokeId) throws JMSException {
    TextMessage request = context.createTextMessage(body);
    request.setIntProperty("failDeliveries", failDeliveries);
    request.setStringProperty("smokeId", smokeId);
    context.createProducer().send(context.createQueue("breakwater.smoke"), request);
    return request.getJMSMessageID();
  }

  private static Message replyTo(String requestId) {
    try (JMSConsumer replies = repliesTo(requestId)) {
      return replies.receive(WAIT_MS);
    }
  }

  private static JMSConsumer repliesTo(String requestId) {
    return context.createConsumer(
        context.createQueue("breakwater.smoke.replies"), "JMSCorrelationID = '" + requestId + "'");
  }
}
