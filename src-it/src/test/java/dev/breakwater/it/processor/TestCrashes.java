package dev.breakwater.it.processor;

import dev.breakwater.it.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Crash IDs and corpus files for the processor's integration tests. */
public final class TestCrashes {
  private TestCrashes() {}

  /** A fresh crash ID (throttle digit 0) dated {@code date}. */
  static String crashId(LocalDate date) {
    String uuid = UUID.randomUUID().toString();
    return uuid.substring(0, 29) + "0" + date.format(DateTimeFormatter.ofPattern("yyMMdd"));
  }

  public static String crashIdToday() {
    return crashId(LocalDate.now(ZoneOffset.UTC));
  }

  /** The raw-crash key of a crash ID (the date segment is the ID's). */
  public static String rawCrashKey(String crashId) {
    return "v1/raw_crash/20" + crashId.substring(crashId.length() - 6) + "/" + crashId;
  }

  /**
   * A file of the shared minidump corpus. A missing file fails the test: the test command refuses
   * to run without the corpus, so a missing file is a wrong name, not a missing corpus.
   */
  public static Path corpus(String relative) {
    Path file = Path.of(Stack.get("testdata.dir"), "minidumps", relative);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("no corpus file " + file);
    }
    return file;
  }
}
