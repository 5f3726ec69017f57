package dev.breakwater.jobs;

import dev.breakwater.db.BreakwaterDataSource;
import dev.breakwater.db.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the PostgreSQL schema up to date when the application starts (Flyway holds an advisory
 * lock while it migrates, so instances starting together migrate once), then checks every entity
 * against it. A failure does not fail the deployment: the component stays not-ready ({@link
 * SchemaReadiness}) with the reason in the log, and a restart after the database is fixed heals it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaStartup {
  private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

  @Resource(lookup = BreakwaterDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceContext(unitName = "breakwater")
  private EntityManager entityManager;

  private volatile String problem = "not checked yet";

  @PostConstruct
  void migrateAndCheck() {
    try {
      MigrateResult result = DatabaseMigrations.migrate(dataSource);
      LOG.info(
          "database schema at version "
              + result.targetSchemaVersion
              + " ("
              + result.migrationsExecuted
              + " migration(s) applied)");
    } catch (RuntimeException e) {
      problem = "migration failed: " + e.getMessage();
      LOG.log(Level.SEVERE, "database " + problem, e);
      return;
    }
    problem = EntityCheck.problem(entityManager).orElse(null);
    if (problem != null) {
      LOG.severe("database schema does not match the entities: " + problem);
    }
  }

  /** Why the schema is not usable, or empty when it is migrated and matches every entity. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Reads one row of every entity, so a missing table or column shows at start-up. */
  static final class EntityCheck {
    private EntityCheck() {}

    static Optional<String> problem(EntityManager entityManager) {
      for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
        try {
          entityManager
              .createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
              .setMaxResults(1)
              .getResultList();
        } catch (RuntimeException e) {
          return Optional.of(entity.getName() + ": " + rootMessage(e));
        }
      }
      return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return String.valueOf(cause.getMessage());
    }
  }
}
