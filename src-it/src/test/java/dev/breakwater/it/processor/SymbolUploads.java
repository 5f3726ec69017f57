package dev.breakwater.it.processor;

import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Symbol uploads to the webapp's {@code /api/symbols/upload}, as a user's build sends them. */
public final class SymbolUploads {
  /** The upload token of the test stack (config/test/breakwater.properties holds its SHA-256). */
  static final String TOKEN = "breakwater-test-upload-token";

  static final String BOUNDARY = "----breakwater-symbols";

  private SymbolUploads() {}

  /** Uploads one symbol file with the test stack's token; fails unless the webapp stored it. */
  public static void upload(Path sym) throws IOException, InterruptedException {
    HttpResponse<String> response =
        post(
            multipart(Map.of(sym.getFileName().toString(), Files.readAllBytes(sym))),
            "Authorization",
            "Bearer " + System.getProperty("breakwater.it.symbols-token", TOKEN));
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "symbol upload answered " + response.statusCode() + ": " + response.body());
    }
  }

  /** POSTs a multipart body (or a raw one when it does not start with the boundary). */
  static HttpResponse<String> post(byte[] body, String header, String value)
      throws IOException, InterruptedException {
    boolean isMultipart = new String(body, 0, 2, StandardCharsets.US_ASCII).equals("--");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uploadUri()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (isMultipart) {
      request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    } else if (!header.equals("Content-Type")) {
      request.header("Content-Type", "text/plain");
    }
    request.header(header, value);
    return Http.send(request.timeout(Duration.ofSeconds(60)).build());
  }

  static byte[] multipart(Map<String, byte[]> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"symbols\"; filename=\""
                  + file.getKey()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  static URI uploadUri() {
    return URI.create(Stack.get("webapp.url") + "/api/symbols/upload");
  }
}
