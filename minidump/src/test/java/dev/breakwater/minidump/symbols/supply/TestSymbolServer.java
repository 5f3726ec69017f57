package dev.breakwater.minidump.symbols.supply;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** A local symbol server for tests: path to body, with a log of the requests it saw. */
final class TestSymbolServer implements AutoCloseable {
  record Request(String pathAndQuery, String authorization) {}

  private final HttpServer server;
  final Map<String, String> files = new ConcurrentHashMap<>();
  final Map<String, String> redirects = new ConcurrentHashMap<>();
  final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  volatile boolean gzip;

  TestSymbolServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url(String host) {
    return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/symbols");
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(
        new Request(
            path + (query == null ? "" : "?" + query),
            exchange.getRequestHeaders().getFirst("Authorization")));
    try (exchange) {
      if (redirects.containsKey(path)) {
        exchange.getResponseHeaders().add("Location", redirects.get(path));
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      if (statuses.containsKey(path)) {
        exchange.sendResponseHeaders(statuses.get(path), -1);
        return;
      }
      String body = files.get(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (gzip) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
          out.write(bytes);
        }
        bytes = compressed.toByteArray();
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
