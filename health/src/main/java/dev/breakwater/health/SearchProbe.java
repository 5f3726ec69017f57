package dev.breakwater.health;

import dev.breakwater.common.health.HealthResponses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Checks Elasticsearch's cluster health: UP for green or yellow, DOWN for red or no answer. */
public final class SearchProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();

  private SearchProbe() {}

  /** Probes {@code <baseUrl>/_cluster/health}. */
  public static HealthCheckResponse check(String name, URI baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve("/_cluster/health")).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return fromClusterHealth(name, response.statusCode(), response.body());
    } catch (IOException e) {
      return HealthResponses.down(name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HealthResponses.down(name, e);
    }
  }

  static HealthCheckResponse fromClusterHealth(String name, int httpStatus, String body) {
    if (httpStatus != 200) {
      return HealthResponses.down(name, "HTTP " + httpStatus + " from _cluster/health");
    }
    Matcher status = STATUS.matcher(body);
    if (!status.find()) {
      return HealthResponses.down(name, "no cluster status in _cluster/health answer");
    }
    String cluster = status.group(1);
    return HealthResponses.of(name, !"red".equals(cluster), "cluster", cluster);
  }
}
