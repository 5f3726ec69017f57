package dev.breakwater.common.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives a real S3 client against a local HTTP server that records what it receives. */
class NoContinueForSmallWritesTest {

  private final List<String> expectHeaders = new CopyOnWriteArrayList<>();
  private final List<Integer> bodySizes = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private S3BlobStore store;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          expectHeaders.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Expect")).toLowerCase());
          try (InputStream body = exchange.getRequestBody()) {
            bodySizes.add(body.readAllBytes().length);
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    store =
        new S3BlobStore(
            new S3Settings(
                Optional.of(endpoint),
                "us-east-1",
                "crashes",
                Optional.of(S3Settings.ANONYMOUS),
                Optional.empty(),
                true,
                1,
                Duration.ofSeconds(10),
                4));
  }

  @AfterEach
  void stop() {
    store.close();
    server.stop(0);
  }

  @Test
  void smallObjectsAreSentWithoutWaitingForContinue() {
    store.put("v1/dump_names/x", new byte[] {'[', ']'});

    assertEquals(List.of("null"), expectHeaders);
    assertEquals(List.of(2), bodySizes);
  }

  @Test
  void largeObjectsStillAskForContinue() {
    int size = (int) NoContinueForSmallWrites.SMALL_BODY_BYTES + 1;
    store.put("v1/dump/x", new byte[size]);

    assertEquals(List.of("100-continue"), expectHeaders);
    assertEquals(List.of(size), bodySizes);
  }
}
