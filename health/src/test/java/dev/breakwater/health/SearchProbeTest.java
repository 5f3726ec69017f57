package dev.breakwater.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class SearchProbeTest {

  @Test
  void yellowClusterIsReady() {
    HealthCheckResponse response =
        SearchProbe.fromClusterHealth(
            "search", 200, "{\"cluster_name\":\"x\",\"status\":\"yellow\"}");
    assertEquals(Status.UP, response.getStatus());
    assertEquals("yellow", response.getData().orElseThrow().get("cluster"));
  }

  @Test
  void redClusterIsNotReady() {
    HealthCheckResponse response =
        SearchProbe.fromClusterHealth("search", 200, "{\"status\":\"red\"}");
    assertEquals(Status.DOWN, response.getStatus());
  }

  @Test
  void errorAnswerIsNotReady() {
    HealthCheckResponse response = SearchProbe.fromClusterHealth("search", 503, "{}");
    assertEquals(Status.DOWN, response.getStatus());
    assertEquals("HTTP 503 from _cluster/health", response.getData().orElseThrow().get("error"));
  }

  @Test
  void probesTheClusterHealthEndpoint() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/_cluster/health",
        exchange -> {
          byte[] body = "{\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      assertEquals(Status.UP, SearchProbe.check("search", url).getStatus());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableSearchIsNotReadyAndSaysWhy() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HealthCheckResponse response =
        SearchProbe.check("search", URI.create("http://127.0.0.1:" + closedPort));
    assertEquals(Status.DOWN, response.getStatus());
    assertTrue(
        response.getData().orElseThrow().get("error").toString().contains("ConnectException"),
        response.getData().toString());
  }
}
