package dev.breakwater.minidump.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared minidump corpus beside the project ({@code ../shared/testdata/minidumps}) for the
 * tests that need real dumps. Every such test asks for it here instead of calling {@code
 * assumeTrue} itself, so that one switch decides what a missing corpus means:
 *
 * <ul>
 *   <li>by default the test is skipped, with a message saying what was looked for;
 *   <li>with the system property {@value #REQUIRE_PROPERTY}{@code =true} it fails, so a build that
 *       must check conformance cannot pass by skipping the check. The minidump pom passes the Maven
 *       property of the same name (default false) to the test JVM.
 * </ul>
 *
 * <p>Where it is looked for: the directory named by the system property {@value #LOCATION_PROPERTY}
 * when that is set, and then nowhere else (a wrong setting is not papered over by another copy);
 * otherwise {@code shared/testdata/minidumps} and {@code ../shared/testdata/minidumps} from the
 * working directory and up to three of its parents. A directory counts only if it has the Breakpad
 * reference outputs ({@code expected/breakpad-head}).
 */
public final class SharedCorpus {
  /** {@code true}: a missing corpus fails the test rather than skipping it. */
  public static final String REQUIRE_PROPERTY = "breakwater.require-corpus";

  /** The corpus directory, instead of searching for it. */
  public static final String LOCATION_PROPERTY = "breakwater.corpus";

  private SharedCorpus() {}

  /** The corpus root, if there is one; does not skip or fail. */
  public static Optional<Path> find() {
    return candidates().stream().filter(SharedCorpus::isCorpus).findFirst();
  }

  /** The corpus root; skips the calling test when there is none, or fails it when required. */
  public static Path root() {
    Optional<Path> root = find();
    present(root.isPresent(), "minidump corpus not found (looked in " + candidates() + ")");
    return root.orElseThrow();
  }

  /** {@code relative} inside the corpus, which must exist (or the test skips, or fails). */
  public static Path file(String relative) {
    Path file = root().resolve(relative);
    present(Files.exists(file), "minidump corpus has no " + file);
    return file;
  }

  /**
   * The switch itself, for a test that checks some corpus data of its own: does nothing when {@code
   * present}; otherwise skips the test, or fails it when {@value #REQUIRE_PROPERTY} is true.
   */
  public static void present(boolean present, String whatIsMissing) {
    if (present) {
      return;
    }
    if (required()) {
      fail(whatIsMissing + " (required: " + REQUIRE_PROPERTY + "=true)");
    }
    Assumptions.abort(whatIsMissing + " (set " + REQUIRE_PROPERTY + "=true to fail instead)");
  }

  /** True when a missing corpus is a failure. */
  public static boolean required() {
    return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false").trim());
  }

  private static List<Path> candidates() {
    String configured = System.getProperty(LOCATION_PROPERTY, "").trim();
    if (!configured.isEmpty()) {
      return List.of(Path.of(configured).toAbsolutePath().normalize());
    }
    List<Path> candidates = new ArrayList<>();
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      candidates.add(dir.resolve("shared/testdata/minidumps"));
      candidates.add(dir.resolve("../shared/testdata/minidumps").normalize());
    }
    return candidates.stream().distinct().toList();
  }

  private static boolean isCorpus(Path dir) {
    return Files.isDirectory(dir.resolve("expected/breakpad-head"));
  }
}
