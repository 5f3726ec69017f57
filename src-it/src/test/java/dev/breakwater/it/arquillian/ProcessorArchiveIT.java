package dev.breakwater.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.it.Stack;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
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
 */
@ExtendWith(ArquillianExtension.class)
class ProcessorArchiveIT {

  @Deployment
  static WebArchive processor() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.file("archive.processor").toFile());
  }

  @Inject @Readiness Instance<HealthCheck> readinessChecks;

  @Test
  void readinessBeansReachBrokerDatabaseAndSearchFromInsideTheDeployment() {
    Map<String, HealthCheckResponse> responses = new TreeMap<>();
    for (HealthCheck check : readinessChecks) {
      HealthCheckResponse response = check.call();
      responses.put(response.getName(), response);
    }

    assertEquals(
        java.util.Set.of("broker", "database", "search"), responses.keySet(), responses::toString);
    responses.forEach(
        (name, response) ->
            assertEquals(
                HealthCheckResponse.Status.UP,
                response.getStatus(),
                () -> name + ": " + response.getData()));
  }
}
