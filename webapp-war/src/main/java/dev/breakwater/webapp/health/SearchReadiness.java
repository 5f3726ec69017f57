package dev.breakwater.webapp.health;

import dev.breakwater.health.SearchProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Elasticsearch cluster answers and is not red. */
@ApplicationScoped
@Readiness
public class SearchReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "breakwater.elasticsearch.url")
  URI url;

  /**
   * Creates the bean with the application: a bean first created by a health request did not see
   * this application's configuration.
   */
  void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {}

  @Override
  public HealthCheckResponse call() {
    return SearchProbe.check("search", url);
  }
}
