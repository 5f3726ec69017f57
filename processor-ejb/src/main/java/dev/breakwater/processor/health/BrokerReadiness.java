package dev.breakwater.processor.health;

import dev.breakwater.health.BrokerReadinessCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import org.eclipse.microprofile.health.Readiness;

/** The processor's broker readiness, through its resource adapter's connection factory. */
@ApplicationScoped
@Readiness
public class BrokerReadiness extends BrokerReadinessCheck {

  @Resource(lookup = "java:module/jms/BreakwaterConnectionFactory")
  private ConnectionFactory connectionFactory;

  @Override
  protected ConnectionFactory connectionFactory() {
    return connectionFactory;
  }
}
