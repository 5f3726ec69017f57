package dev.breakwater.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Addresses of the running stack under test, from the endpoints file bin/breakwater writes ({@code
 * .data/<env>/run/endpoints.properties}). The file is named by the system property {@value
 * #ENDPOINTS_PROPERTY}; a system property with the same key as an entry overrides that entry. See
 * src-it/README.md.
 */
public final class Stack {

  /** System property naming the endpoints file. */
  public static final String ENDPOINTS_PROPERTY = "breakwater.it.endpoints";

  private static final Properties ENDPOINTS = load();

  private Stack() {}

  /** An endpoint entry, e.g. {@code collector.url}; fails clearly when the stack lacks it. */
  public static String get(String key) {
    String value = System.getProperty(key, ENDPOINTS.getProperty(key));
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("no '" + key + "' in " + endpointsFile());
    }
    return value;
  }

  /** Whether the stack has the entry (optional parts, such as Keycloak). */
  public static boolean has(String key) {
    String value = System.getProperty(key, ENDPOINTS.getProperty(key));
    return value != null && !value.isBlank();
  }

  /** A file entry (archive, distribution) that must exist. */
  public static Path file(String key) {
    Path path = Path.of(get(key));
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(key + " points at a missing file: " + path);
    }
    return path;
  }

  private static Path endpointsFile() {
    String name = System.getProperty(ENDPOINTS_PROPERTY, "../.data/test/run/endpoints.properties");
    return Path.of(name).toAbsolutePath().normalize();
  }

  private static Properties load() {
    Path file = endpointsFile();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no stack to test: "
              + file
              + " is missing. Run bin/breakwater test, or start the test stack with"
              + " `bin/breakwater up --env test` (or `services --env test`) first.");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return properties;
  }
}
