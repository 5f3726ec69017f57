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
import java.util.Map;
import java.util.UUID;

/** Submits a crash report to the collector the way a Breakpad client does. */
public final class CrashSubmission {
  private CrashSubmission() {}

  /** Posts annotations and a minidump; returns the crash ID the collector answered. */
  public static String submit(Map<String, String> annotations, Path minidump)
      throws IOException, InterruptedException {
    String boundary = "----breakwater" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> annotation : annotations.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + annotation.getKey()
              + "\"\r\n\r\n");
      write(body, annotation.getValue() + "\r\n");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"upload_file_minidump\";"
            + " filename=\"crash.dmp\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.write(Files.readAllBytes(minidump));
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Stack.get("collector.url") + "/submit"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = Http.send(request);
    if (response.statusCode() != 200 || !response.body().startsWith("CrashID=bp-")) {
      throw new IllegalStateException(
          "collector answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().strip().substring("CrashID=bp-".length());
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
