package dev.breakwater.health;

import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Ready only when the broker answers through the component's own JMS connection factory. The
 * subclass injects the factory: a resource reference declared here would be resolved in every
 * module that bundles this library, the collector (which has none) among them.
 */
public abstract class BrokerReadinessCheck extends EagerHealthCheck {

  /** The component's connection factory, from its resource adapter. */
  protected abstract ConnectionFactory connectionFactory();

  @Override
  public HealthCheckResponse call() {
    return BrokerProbe.check("broker", connectionFactory());
  }
}
