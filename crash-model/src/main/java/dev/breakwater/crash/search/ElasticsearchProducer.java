package dev.breakwater.crash.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.breakwater.common.config.ApplicationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;

/**
 * The one Elasticsearch client (and its settings) of an application, for every component that
 * bundles this library; in the EAR, one for all modules.
 */
@ApplicationScoped
public class ElasticsearchProducer {

  // Not injected: see ApplicationConfig.
  private final Config config = ApplicationConfig.of(ElasticsearchProducer.class);

  @Produces
  @Singleton
  ElasticsearchSettings settings() {
    return ElasticsearchSettings.from(config);
  }

  @Produces
  @Singleton
  ElasticsearchClient client(ElasticsearchSettings settings) {
    return settings.client();
  }

  void close(@Disposes ElasticsearchClient client) throws IOException {
    client._transport().close();
  }
}
