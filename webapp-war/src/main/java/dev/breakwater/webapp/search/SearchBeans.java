package dev.breakwater.webapp.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.crash.access.CrashRedactor;
import dev.breakwater.crash.schema.ProcessedCrashSchema;
import dev.breakwater.crash.search.ElasticsearchSettings;
import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.config.WebappConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** Builds the search objects from the registry and configuration; one of each per application. */
@ApplicationScoped
public class SearchBeans {
  private static final SearchFields FIELDS = SearchFields.load();

  @Inject Config config;

  @Produces
  @Singleton
  SuperSearch superSearch(ElasticsearchClient client, ElasticsearchSettings settings) {
    long timeout = config.getValue(WebappConfigKeys.SEARCH_TIMEOUT_MS, Long.class);
    if (timeout <= 0) {
      throw new IllegalStateException(WebappConfigKeys.SEARCH_TIMEOUT_MS + " must be positive");
    }
    return new SuperSearch(
        FIELDS,
        settings.indices(),
        new CrashRedactor(ProcessedCrashSchema.load(), FIELDS),
        ElasticsearchSearchEngine.of(client),
        Duration.ofMillis(timeout),
        Clock.systemUTC());
  }

  @Produces
  @Singleton
  FieldDefinitions fieldDefinitions() {
    return new FieldDefinitions(FIELDS);
  }
}
