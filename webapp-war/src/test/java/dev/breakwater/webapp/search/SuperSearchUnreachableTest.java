package dev.breakwater.webapp.search;

import static dev.breakwater.webapp.search.SearchFixtures.FIELDS;
import static dev.breakwater.webapp.search.SearchFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.access.Grants;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.CrashIndices;
import dev.breakwater.webapp.api.BackendUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/** A search while Elasticsearch is down: the real client against a port nothing listens on. */
class SuperSearchUnreachableTest {

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aSearchNobodyAnswersIsAnUnavailableBackendNotABug() throws Exception {
    try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", closedPort())).build()) {
      SuperSearch search =
          new SuperSearch(
              FIELDS,
              new CrashIndices("breakwater_crashes_"),
              new CrashRedactor(ProcessedCrashSchema.load(), FIELDS),
              new ElasticsearchSearchEngine(rest),
              Duration.ofSeconds(5),
              Clock.fixed(NOW, ZoneOffset.UTC));
      BackendUnavailableException e =
          assertThrows(
              BackendUnavailableException.class,
              () -> search.redacted(Map.of(), Grants.anonymous()));
      assertEquals("search", e.backend());
    }
  }
}
