package dev.breakwater.webapp.health;

import dev.breakwater.health.DatabaseReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The webapp's database readiness (PostgreSQL reachable, schema migrated). */
@ApplicationScoped
@Readiness
public class DatabaseReadiness extends DatabaseReadinessCheck {}
