package dev.breakwater.it.collector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** A crash report as a Breakpad client sends it, and its submission over HTTP. */
final class Submission {

  static final String BOUNDARY = "------------------------3c1b1a2f9e0d4c75";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Submission annotation(String name, String value) {
    return part(
        "Content-Disposition: form-data; name=\"" + name + "\"\r\n",
        value.getBytes(StandardCharsets.UTF_8));
  }

  Submission json(String json) {
    return part(
        "Content-Disposition: form-data; name=\"extra\"\r\nContent-Type: application/json\r\n",
        json.getBytes(StandardCharsets.UTF_8));
  }

  Submission dump(String name, byte[] content) {
    return part(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\"crash.dmp\"\r\nContent-Type: application/octet-stream\r\n",
        content);
  }

  private Submission part(String headers, byte[] content) {
    body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(body.toByteArray());
    copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return copy.toByteArray();
  }

  HttpResponse<String> post(String collectorUrl) throws IOException, InterruptedException {
    return post(collectorUrl, bytes(), false);
  }

  HttpResponse<String> postGzipped(String collectorUrl) throws IOException, InterruptedException {
    return post(collectorUrl, gzip(bytes()), true);
  }

  static HttpResponse<String> post(String collectorUrl, byte[] body, boolean gzip)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(collectorUrl + "/submit"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("User-Agent", "collector-it/1")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (gzip) {
      request.header("Content-Encoding", "gzip");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
