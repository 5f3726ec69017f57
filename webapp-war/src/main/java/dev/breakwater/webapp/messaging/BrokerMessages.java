package dev.breakwater.webapp.messaging;

import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.common.queue.BrokerSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import java.util.List;
import java.util.function.Function;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.Config;

/**
 * The webapp's messages to the broker: crash IDs for the processor's queues ({@code
 * crashes.priority} for a crash someone is waiting to see, {@code crashes.reprocessing} for crashes
 * to process again) and announcements on topics (stored symbols). Persistent messages, each send
 * acknowledged by the broker before it returns.
 *
 * <p>Sent with the webapp's own Artemis client, as the collector's are (ADR 0103), not through the
 * resource adapter: the adapter's outbound sessions are always transacted (they are meant to join
 * the caller's JTA transaction), and in the web container they were not enlisted in it, so what the
 * webapp sent was never committed and never arrived.
 */
@ApplicationScoped
public class BrokerMessages {

  /** Fail fast when the broker is away: the caller answers 503 or logs, it does not hang. */
  static final String CLIENT_OPTIONS = "callTimeout=5000&connectTimeoutMillis=2000";

  /** Artemis's management address (its default {@code management-address}). */
  static final String MANAGEMENT_ADDRESS = "activemq.management";

  static final long MANAGEMENT_TIMEOUT_MS = 5000;

  private final ActiveMQConnectionFactory factory;

  public BrokerMessages() {
    Config config = ApplicationConfig.of(BrokerMessages.class);
    BrokerSettings broker = BrokerSettings.from(config);
    factory = new ActiveMQConnectionFactory(broker.url(CLIENT_OPTIONS));
    broker.user().ifPresent(factory::setUser);
    broker.password().ifPresent(factory::setPassword);
  }

  /**
   * Sends each body (a crash ID, or {@code <crash id>:<ruleset>}) to {@code queue}.
   *
   * @throws jakarta.jms.JMSRuntimeException when the broker cannot take them
   */
  public void toQueue(String queue, List<String> bodies) {
    send(context -> context.createQueue(queue), bodies);
  }

  /**
   * Sends {@code body} to the multicast address {@code topic}.
   *
   * @throws jakarta.jms.JMSRuntimeException when the broker cannot take it
   */
  public void toTopic(String topic, String body) {
    send(context -> context.createTopic(topic), List.of(body));
  }

  /**
   * Invokes a broker management operation, or reads an attribute when {@code operation} names one
   * and there are no {@code arguments} and {@code attribute} is true (Artemis's management address,
   * request and reply over a temporary queue).
   *
   * @param resource e.g. {@code queue.crashes.standard}
   * @return the operation's result, as the broker returns it (numbers, booleans, strings, arrays)
   * @throws jakarta.jms.JMSRuntimeException when the broker cannot be reached
   * @throws IllegalStateException when the broker refused the operation or did not answer
   */
  public Object manage(String resource, String operation, boolean attribute, Object... arguments) {
    try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      Queue management = context.createQueue(MANAGEMENT_ADDRESS);
      TemporaryQueue replies = context.createTemporaryQueue();
      Message request = context.createMessage();
      if (attribute) {
        JMSManagementHelper.putAttribute(request, resource, operation);
      } else {
        JMSManagementHelper.putOperationInvocation(request, resource, operation, arguments);
      }
      request.setJMSReplyTo(replies);
      context.createProducer().send(management, request);
      Message reply = context.createConsumer(replies).receive(MANAGEMENT_TIMEOUT_MS);
      if (reply == null) {
        throw new IllegalStateException("the broker did not answer " + resource + " " + operation);
      }
      Object result = JMSManagementHelper.getResult(reply);
      if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
        throw new IllegalStateException(resource + " " + operation + ": " + result);
      }
      return result;
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(resource + " " + operation + ": " + e, e);
    }
  }

  private void send(Function<JMSContext, Destination> destination, List<String> bodies) {
    try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      Destination target = destination.apply(context);
      JMSProducer producer = context.createProducer();
      for (String body : bodies) {
        producer.send(target, body);
      }
    }
  }

  @PreDestroy
  void close() {
    factory.close();
  }
}
