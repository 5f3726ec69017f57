package dev.breakwater.processor.health;

import dev.breakwater.health.SearchReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The processor's Elasticsearch readiness. */
@ApplicationScoped
@Readiness
public class SearchReadiness extends SearchReadinessCheck {}
