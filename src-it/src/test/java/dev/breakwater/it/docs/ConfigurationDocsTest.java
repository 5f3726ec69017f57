package dev.breakwater.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.it.docs.ConfigurationReference.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md must match the declared keys. With {@code -Dbreakwater.docs.update=true}
 * (bin/breakwater docs) the test writes the page instead of comparing.
 */
class ConfigurationDocsTest {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("breakwater.repo", "..")).toAbsolutePath().normalize();

  private static final Path PAGE = REPOSITORY.resolve("docs/configuration.md");

  @Test
  void referencePageIsCurrent() throws Exception {
    String expected = ConfigurationReference.render(REPOSITORY);
    if (Boolean.getBoolean("breakwater.docs.update")) {
      Files.writeString(PAGE, expected);
    }
    String actual = Files.exists(PAGE) ? Files.readString(PAGE) : "";
    assertEquals(expected, actual, "docs/configuration.md is stale: run bin/breakwater docs");
  }

  @Test
  void commentAboveAKeyDescribesItAndAFollowingKeySharesIt() {
    List<Key> keys =
        ConfigurationReference.parse(
            List.of(
                "# Header of the file.",
                "",
                "# --- Broker ---",
                "# Broker address.",
                "breakwater.broker.host=127.0.0.1",
                "breakwater.broker.port=61616",
                "",
                "undocumented.key="));

    assertEquals(
        List.of(
            new Key("Broker", "breakwater.broker.host", "127.0.0.1", "Broker address."),
            new Key("Broker", "breakwater.broker.port", "61616", "Broker address."),
            new Key("Broker", "undocumented.key", "", "")),
        keys);
    assertEquals("BREAKWATER_BROKER_HOST", keys.get(0).environmentVariable());
  }

  @Test
  void everyDeclaredKeyIsDocumented() throws Exception {
    for (ConfigurationReference.Source source : ConfigurationReference.SOURCES) {
      for (Key key :
          ConfigurationReference.parse(Files.readAllLines(REPOSITORY.resolve(source.path())))) {
        assertTrue(
            !key.description().isEmpty(),
            key.name() + " in " + source.path() + " has no comment describing it");
      }
    }
  }
}
