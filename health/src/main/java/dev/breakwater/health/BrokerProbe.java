package dev.breakwater.health;

import dev.breakwater.common.health.HealthResponses;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Checks the message broker through an application's JMS connection factory, that is through the
 * Artemis resource adapter the application really uses.
 */
public final class BrokerProbe {

  private BrokerProbe() {}

  /** UP when the broker answers a request on a connection from {@code factory}. */
  public static HealthCheckResponse check(String name, ConnectionFactory factory) {
    try (JMSContext context = factory.createContext()) {
      // A pooled connection may look open after the broker went away; creating a temporary
      // queue is a round trip to the broker.
      context.createTemporaryQueue();
      return HealthResponses.up(name);
    } catch (RuntimeException e) {
      return HealthResponses.down(name, e);
    }
  }
}
