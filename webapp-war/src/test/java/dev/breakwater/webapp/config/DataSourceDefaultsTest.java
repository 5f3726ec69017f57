package dev.breakwater.webapp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * The data source in web.xml repeats the defaults of breakwater-db's configuration keys (the server
 * resolves it before the application's configuration files are read): they must stay equal.
 */
class DataSourceDefaultsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{MPCONFIG=([^:}]+):([^}]*)}");

  @Test
  void webXmlDefaultsAreTheDeclaredDefaults() throws IOException {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Map<String, String> inWebXml = new LinkedHashMap<>();
    Matcher m = PLACEHOLDER.matcher(webXml);
    while (m.find()) {
      inWebXml.put(m.group(1), m.group(2));
    }
    assertFalse(inWebXml.isEmpty(), "no ${MPCONFIG=key:default} in web.xml");
    Properties db = new Properties();
    try (InputStream in =
        Files.newInputStream(
            Path.of("../db/src/main/resources/META-INF/microprofile-config.properties"))) {
      db.load(in);
    }
    for (Map.Entry<String, String> entry : inWebXml.entrySet()) {
      assertEquals(db.getProperty(entry.getKey()), entry.getValue(), entry.getKey());
    }
  }
}
