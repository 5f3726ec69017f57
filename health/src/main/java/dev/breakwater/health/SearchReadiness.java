package dev.breakwater.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Elasticsearch answers and its cluster is not red. */
@ApplicationScoped
@Readiness
public class SearchReadiness extends EagerHealthCheck {

  @Inject
  @ConfigProperty(name = "breakwater.elasticsearch.url")
  URI url;

  @Override
  public HealthCheckResponse call() {
    return SearchProbe.check("search", url);
  }
}
