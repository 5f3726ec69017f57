package dev.breakwater.common.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's MicroProfile Config, found through the class loader of one of its classes
 * rather than the calling thread's. Beans that build clients from configuration use it: Payara
 * answers health requests while an application is still deploying, on server threads whose context
 * class loader is not the application's, and a bean first created there through an injected {@code
 * Config} saw none of the application's configuration files ("Unable to find property with name
 * breakwater.s3.max-attempts"), failing the deployment.
 */
public final class ApplicationConfig {
  private ApplicationConfig() {}

  /** The configuration of the application that loaded {@code applicationClass}. */
  public static Config of(Class<?> applicationClass) {
    return ConfigProvider.getConfig(applicationClass.getClassLoader());
  }
}
