package dev.breakwater.health;

import dev.breakwater.common.queue.CrashQueues;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the broker answers through the module's JMS connection factory, the one its
 * resource adapter provides ({@value CrashQueues#CONNECTION_FACTORY}: the processor and the webapp
 * each define it; the collector, which publishes with its own client, does not bundle this
 * library).
 */
@ApplicationScoped
@Readiness
public class BrokerReadiness extends EagerHealthCheck {

  @Resource(lookup = CrashQueues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    return BrokerProbe.check("broker", connectionFactory);
  }
}
