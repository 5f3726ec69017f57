package dev.breakwater.webapp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data source declaration repeats the defaults of breakwater-db's configuration keys (the
 * server resolves it before the application's configuration files are read): they must stay equal.
 */
class DataSourceDefaultsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{MPCONFIG=([^:}]+):([^}]*)}");

  @Test
  void declaredDefaultsAreBreakwaterDbsDefaults() throws IOException {
    DataSourceDefinition definition =
        WebappDataSource.class.getAnnotation(DataSourceDefinition.class);
    Map<String, String> placeholders = new LinkedHashMap<>();
    for (String value : new String[] {definition.url(), definition.user(), definition.password()}) {
      Matcher m = PLACEHOLDER.matcher(value);
      assertEquals(true, m.matches(), value + " is not a ${MPCONFIG=key:default} placeholder");
      placeholders.put(m.group(1), m.group(2));
    }
    Properties db = new Properties();
    try (InputStream in =
        Files.newInputStream(
            Path.of("../db/src/main/resources/META-INF/microprofile-config.properties"))) {
      db.load(in);
    }
    assertEquals(3, placeholders.size());
    for (Map.Entry<String, String> entry : placeholders.entrySet()) {
      assertEquals(db.getProperty(entry.getKey()), entry.getValue(), entry.getKey());
    }
  }
}
