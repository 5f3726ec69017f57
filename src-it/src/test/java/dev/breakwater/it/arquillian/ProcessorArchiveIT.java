package dev.breakwater.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.Stack;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deploys the built processor WAR, as it is, on a Payara Micro of its own (with the Artemis
 * resource adapter and the test stack's configuration, see src-it/pom.xml) and runs inside it.
 *
 * <p>That server is given no broker: its MDBs would otherwise compete with the stack's processor
 * for the stack's messages. So its broker check must say DOWN, with the adapter's connection error,
 * while search is UP (the processor has no database check: it never queries PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class ProcessorArchiveIT {

  @Deployment
  static WebArchive processor() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.file("archive.processor").toFile());
  }

  @Inject @Readiness Instance<HealthCheck> readinessChecks;

  @Test
  void readinessBeansReachSearchAndReportTheMissingBroker() {
    Map<String, HealthCheckResponse> responses = new TreeMap<>();
    for (HealthCheck check : readinessChecks) {
      HealthCheckResponse response = check.call();
      responses.put(response.getName(), response);
    }

    // The processor never queries PostgreSQL: no database check may take it out of service.
    assertEquals(Set.of("broker", "search"), responses.keySet(), responses::toString);
    assertEquals(Status.UP, responses.get("search").getStatus(), responses::toString);
    HealthCheckResponse broker = responses.get("broker");
    assertEquals(Status.DOWN, broker.getStatus(), responses::toString);
    String error = String.valueOf(broker.getData().orElseThrow().get("error"));
    assertTrue(error.contains("AMQ219007"), "not the adapter's cannot-connect error: " + error);
  }
}
