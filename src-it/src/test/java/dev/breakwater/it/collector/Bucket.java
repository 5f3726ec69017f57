package dev.breakwater.it.collector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Reads objects from the private s3proxy (no authorization) with plain HTTP. */
final class Bucket {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String url;

  Bucket(String url) {
    this.url = url;
  }

  Optional<byte[]> get(String key) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/" + key)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new IOException("GET " + key + " answered " + response.statusCode());
    }
    return Optional.of(response.body());
  }

  /** The keys under a prefix (S3 ListObjectsV2, parsed just enough). */
  String listXml(String prefix) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "?list-type=2&prefix=" + prefix)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
