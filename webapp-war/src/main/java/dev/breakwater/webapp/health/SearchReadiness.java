package dev.breakwater.webapp.health;

import dev.breakwater.health.SearchReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The webapp's Elasticsearch readiness. */
@ApplicationScoped
@Readiness
public class SearchReadiness extends SearchReadinessCheck {}
