package dev.breakwater.webapp.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.common.config.ApplicationConfig;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.config.WebappConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Builds the search objects from the registry and configuration; one of each per application. */
@ApplicationScoped
public class SearchBeans {
  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(SearchBeans.class);

  @Produces
  @Singleton
  SuperSearch superSearch(
      ElasticsearchClient client,
      ElasticsearchSettings settings,
      SearchFields fields,
      CrashRedactor redactor) {
    long timeout = config.getValue(WebappConfigKeys.SEARCH_TIMEOUT_MS, Long.class);
    if (timeout <= 0) {
      throw new IllegalStateException(WebappConfigKeys.SEARCH_TIMEOUT_MS + " must be positive");
    }
    return new SuperSearch(
        fields,
        settings.indices(),
        redactor,
        ElasticsearchSearchEngine.of(client),
        Duration.ofMillis(timeout),
        Clock.systemUTC());
  }

  @Produces
  @Singleton
  FieldDefinitions fieldDefinitions(SearchFields fields) {
    return new FieldDefinitions(fields);
  }
}
