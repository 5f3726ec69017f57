package dev.breakwater.minidump.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The corpus switch: skip by default, fail when required; an explicit location is the only one. */
class SharedCorpusTest {
  @TempDir Path dir;
  private String require;
  private String location;

  @BeforeEach
  void saveProperties() {
    require = System.getProperty(SharedCorpus.REQUIRE_PROPERTY);
    location = System.getProperty(SharedCorpus.LOCATION_PROPERTY);
  }

  @AfterEach
  void restoreProperties() {
    restore(SharedCorpus.REQUIRE_PROPERTY, require);
    restore(SharedCorpus.LOCATION_PROPERTY, location);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  void aMissingCorpusSkipsByDefault() {
    System.clearProperty(SharedCorpus.REQUIRE_PROPERTY);
    System.setProperty(SharedCorpus.LOCATION_PROPERTY, dir.resolve("absent").toString());

    assertThrows(TestAbortedException.class, SharedCorpus::root);
  }

  @Test
  void aMissingCorpusFailsWhenRequired() {
    System.setProperty(SharedCorpus.REQUIRE_PROPERTY, "true");
    System.setProperty(SharedCorpus.LOCATION_PROPERTY, dir.resolve("absent").toString());

    AssertionFailedError failure = assertThrows(AssertionFailedError.class, SharedCorpus::root);
    assertTrue(
        failure.getMessage().contains(dir.resolve("absent").toString()), failure::getMessage);
    assertThrows(AssertionFailedError.class, () -> SharedCorpus.present(false, "some dump"));
  }

  @Test
  void theConfiguredLocationIsUsedWhenItHoldsTheReferenceOutputs() throws Exception {
    System.setProperty(SharedCorpus.REQUIRE_PROPERTY, "true");
    System.setProperty(SharedCorpus.LOCATION_PROPERTY, dir.toString());
    assertEquals(Optional.empty(), SharedCorpus.find(), "no expected/breakpad-head yet");

    Files.createDirectories(dir.resolve("expected/breakpad-head"));
    Files.writeString(dir.resolve("a.dmp"), "MDMP");

    assertEquals(dir.toAbsolutePath().normalize(), SharedCorpus.root());
    assertEquals(dir.resolve("a.dmp").toAbsolutePath().normalize(), SharedCorpus.file("a.dmp"));
    assertThrows(AssertionFailedError.class, () -> SharedCorpus.file("b.dmp"));
    assertDoesNotThrow(() -> SharedCorpus.present(true, "anything"));
  }
}
