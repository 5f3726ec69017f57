package dev.breakwater.processor.health;

import dev.breakwater.health.DatabaseReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The processor's database readiness (PostgreSQL reachable, schema migrated). */
@ApplicationScoped
@Readiness
public class DatabaseReadiness extends DatabaseReadinessCheck {}
