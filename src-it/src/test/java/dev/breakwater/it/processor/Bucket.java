package dev.breakwater.it.processor;

import dev.breakwater.it.Http;
import dev.breakwater.it.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The stack's crash bucket over plain S3 HTTP (the test stack's s3proxy takes unsigned requests).
 */
public final class Bucket {
  private Bucket() {}

  public static void put(String key, byte[] content) throws IOException, InterruptedException {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(uri(key))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "PUT " + key + ": " + response.statusCode() + " " + response.body());
    }
  }

  static Optional<String> get(String key) throws IOException, InterruptedException {
    HttpResponse<String> response = Http.get(uri(key).toString());
    return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
  }

  static void delete(String key) throws IOException, InterruptedException {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri(key)).DELETE().build());
    if (response.statusCode() != 204 && response.statusCode() != 200) {
      throw new IllegalStateException(
          "DELETE " + key + ": " + response.statusCode() + " " + response.body());
    }
  }

  static Optional<byte[]> getBytes(String key) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        Http.sendForBytes(HttpRequest.newBuilder(uri(key)).GET().build());
    return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
  }

  private static URI uri(String key) {
    return URI.create(Stack.get("s3.endpoint") + "/" + Stack.get("s3.bucket") + "/" + key);
  }
}
