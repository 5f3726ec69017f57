package dev.breakwater.db;

/**
 * The application's PostgreSQL data source: container-managed, JTA, pooled, declared by the webapp
 * ({@code WebappDataSource}, with URL and credentials from MicroProfile Config) and used by every
 * feature that keeps state in PostgreSQL through JPA.
 */
public final class BreakwaterDataSource {

  /** JNDI name of the data source. */
  public static final String JNDI_NAME = "java:app/jdbc/breakwater";

  private BreakwaterDataSource() {}
}
