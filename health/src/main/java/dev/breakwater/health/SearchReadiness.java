package dev.breakwater.health;

import dev.breakwater.crash.search.ElasticsearchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Elasticsearch answers and its cluster is not red. */
@ApplicationScoped
@Readiness
public class SearchReadiness extends EagerHealthCheck {

  @Inject ElasticsearchSettings settings;

  @Override
  public HealthCheckResponse call() {
    return SearchProbe.check("search", settings.url());
  }
}
