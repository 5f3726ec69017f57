package dev.breakwater.db.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseProbeTest {

  @Test
  void unreachableDatabaseIsNotReadyAndSaysWhy() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/none");
    dataSource.setUser("nobody");
    dataSource.setConnectTimeout(3);
    HealthCheckResponse response = DatabaseProbe.check("database", dataSource);
    assertEquals(Status.DOWN, response.getStatus());
    assertTrue(
        response.getData().orElseThrow().get("error").toString().contains("ConnectException"),
        response.getData().toString());
  }
}
