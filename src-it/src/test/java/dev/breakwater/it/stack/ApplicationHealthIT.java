package dev.breakwater.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** Checks each application must have (it may have more). */
  private static final Map<String, Set<String>> REQUIRED_READINESS_CHECKS =
      Map.of(
          "collector", Set.of("broker", "storage"),
          "processor", Set.of("broker", "database", "search"),
          "webapp", Set.of("broker", "database", "search"));

  @ParameterizedTest
  @ValueSource(strings = {"collector", "processor", "webapp"})
  void isReadyWithEveryReadinessCheckUp(String application) throws Exception {
    HttpResponse<String> response = Http.get(Stack.get(application + ".url") + "/health/ready");

    Map<String, String> checks = checkStatuses(Http.json(response));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        checks.keySet().containsAll(REQUIRED_READINESS_CHECKS.get(application)), response.body());
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
