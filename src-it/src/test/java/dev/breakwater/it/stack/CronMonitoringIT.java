package dev.breakwater.it.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code /monitoring/cron} answers Socorro's shape, and on a healthy stack every job has run
 * without failing: {@code {"status": "ALLGOOD"}} and nothing else.
 */
class CronMonitoringIT {

  @Test
  void everyJobRanAndNoneIsBroken() throws Exception {
    JsonNode body = awaitFirstRuns();
    assertEquals("ALLGOOD", body.path("status").asText(), body.toString());
    assertEquals(1, body.size(), "ALLGOOD carries nothing else: " + body);
  }

  /** Every job runs at the first tick after the webapp starts; give the slow ones time. */
  private static JsonNode awaitFirstRuns() throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonNode body;
    do {
      HttpResponse<String> response = Http.get(Stack.get("webapp.url") + "/monitoring/cron");
      assertEquals(200, response.statusCode(), response.body());
      String type = response.headers().firstValue("Content-Type").orElse("");
      assertTrue(type.startsWith("application/json"), type);
      body = Http.json(response);
      if (!body.path("status").asText().equals("Stale")) {
        return body;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    return body;
  }
}
