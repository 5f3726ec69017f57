package dev.breakwater.webapp.config;

import dev.breakwater.db.BreakwaterDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's PostgreSQL data source ({@value BreakwaterDataSource#JNDI_NAME}):
 * container-managed, pooled, joining JTA transactions, for the persistence unit of breakwater-jobs
 * and the database readiness check. Payara resolves the MPCONFIG placeholders from MicroProfile
 * Config when it deploys the application, before the application's own configuration files are
 * read, so each default is repeated here; the keys are declared and documented in breakwater-db (a
 * test keeps the defaults equal). Pool sizes are fixed: the annotation takes numbers only, and
 * web.xml's schema refuses placeholders in them.
 */
@DataSourceDefinition(
    name = BreakwaterDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGConnectionPoolDataSource",
    url = "${MPCONFIG=breakwater.db.url:jdbc:postgresql://127.0.0.1:5432/breakwater}",
    user = "${MPCONFIG=breakwater.db.user:breakwater}",
    password = "${MPCONFIG=breakwater.db.password:breakwater}",
    transactional = true,
    minPoolSize = 2,
    maxPoolSize = 16,
    properties = {
      // A connection the database dropped (restart, failover) is replaced, not handed out.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class WebappDataSource {}
