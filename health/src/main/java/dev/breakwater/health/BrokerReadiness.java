package dev.breakwater.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the broker answers through the module's JMS connection factory, the one its
 * resource adapter provides ({@value #CONNECTION_FACTORY}: the processor and the webapp each define
 * it; the collector, which publishes with its own client, does not bundle this library).
 */
@ApplicationScoped
@Readiness
public class BrokerReadiness extends EagerHealthCheck {

  /** Where the processor and the webapp define their connection factory. */
  public static final String CONNECTION_FACTORY = "java:module/jms/BreakwaterConnectionFactory";

  @Resource(lookup = CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    return BrokerProbe.check("broker", connectionFactory);
  }
}
