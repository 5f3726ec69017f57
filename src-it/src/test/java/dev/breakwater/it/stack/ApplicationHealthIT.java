package dev.breakwater.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each application is deployed on its Payara Micro instance and ready with its own checks: an empty
 * "UP" would mean the application itself is missing.
 */
class ApplicationHealthIT {

  /**
   * The readiness checks of each application: exactly the services it uses. The collector and the
   * processor never query PostgreSQL, so a database outage must not take them out of service.
   */
  private static final Map<String, Set<String>> READINESS_CHECKS =
      Map.of(
          "collector", Set.of("broker", "storage"),
          "processor", Set.of("broker", "search"),
          "webapp", Set.of("broker", "database", "schema", "search"));

  @ParameterizedTest
  @ValueSource(strings = {"collector", "processor", "webapp"})
  void isReadyWithEveryReadinessCheckUp(String application) throws Exception {
    HttpResponse<String> response = Http.get(Stack.get(application + ".url") + "/health/ready");

    Map<String, String> checks = checkStatuses(Http.json(response));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(READINESS_CHECKS.get(application), checks.keySet(), response.body());
    checks.forEach((name, status) -> assertEquals("UP", status, name + ": " + response.body()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"collector", "processor", "webapp"})
  void isLiveWithoutDeadlockedThreads(String application) throws Exception {
    HttpResponse<String> response = Http.get(Stack.get(application + ".url") + "/health/live");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(Map.of("deadlocks", "UP"), checkStatuses(Http.json(response)), response.body());
  }

  private static Map<String, String> checkStatuses(JsonNode health) {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode check : health.path("checks")) {
      statuses.put(check.path("name").asText(), check.path("status").asText());
    }
    return statuses;
  }
}
