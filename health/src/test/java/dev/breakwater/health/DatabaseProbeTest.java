package dev.breakwater.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

  @Test
  void unreachableDatabaseIsNotReadyAndSaysWhy() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HealthCheckResponse response =
        DatabaseProbe.check(
            "database", "jdbc:postgresql://127.0.0.1:" + closedPort + "/none", "nobody", "x");
    assertEquals(Status.DOWN, response.getStatus());
    assertTrue(
        response.getData().orElseThrow().get("error").toString().contains("ConnectException"),
        response.getData().toString());
  }

  @Test
  void deadlockFreeJvmIsLive() {
    HealthCheckResponse response = DeadlockProbe.check("deadlocks");
    assertEquals(Status.UP, response.getStatus());
    assertEquals(0L, response.getData().orElseThrow().get("deadlocked"));
  }
}
