package dev.breakwater.webapp.health;

import dev.breakwater.health.BrokerProbe;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the broker answers through the webapp's own JMS connection factory. */
@ApplicationScoped
@Readiness
public class BrokerReadiness implements HealthCheck {

  @Resource(lookup = "java:module/jms/BreakwaterConnectionFactory")
  private ConnectionFactory connectionFactory;

  /**
   * Creates the bean with the application: a bean first created by a health request did not see
   * this application's configuration.
   */
  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}

  @Override
  public HealthCheckResponse call() {
    return BrokerProbe.check("broker", connectionFactory);
  }
}
