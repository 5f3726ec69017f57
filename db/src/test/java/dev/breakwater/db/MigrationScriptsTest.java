package dev.breakwater.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationScriptsTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyScriptFollowsFlywaysNamingSoNoneIsSilentlySkipped() throws Exception {
    for (String name : scriptNames()) {
      assertTrue(VERSIONED.matcher(name).matches(), "not a versioned migration name: " + name);
    }
  }

  @Test
  void versionsAreNumberedOneTwoThreeWithoutGaps() throws Exception {
    List<Integer> versions =
        scriptNames().stream()
            .map(VERSIONED::matcher)
            .filter(Matcher::matches)
            .map(m -> Integer.parseInt(m.group(1)))
            .sorted()
            .toList();
    assertFalse(versions.isEmpty(), "no migration scripts found");
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(i + 1, versions.get(i), "migration versions must be 1, 2, 3, ...: " + versions);
    }
  }

  private static List<String> scriptNames() throws IOException, URISyntaxException {
    Path dir = Path.of(DatabaseMigrations.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
