package dev.breakwater.signature.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureListsSourceTest {

  @TempDir Path dir;

  /** A clock the test moves by hand, in nanoseconds. */
  private final AtomicLong clock = new AtomicLong(1_000);

  private Path prefixFile() {
    return dir.resolve("prefix_signature_re.txt");
  }

  /**
   * Replaces the prefix list the way deployments should (write aside, then rename) and gives it a
   * distinct modification time.
   */
  private void writePrefixes(String content, long modifiedSeconds) throws IOException {
    Path aside = Files.writeString(dir.resolve("prefix.tmp"), content);
    Files.setLastModifiedTime(aside, FileTime.fromMillis(modifiedSeconds * 1000));
    Files.move(
        aside, prefixFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private SignatureListsSource source() {
    return SignatureListsSource.reloading(dir, Duration.ofSeconds(5), clock::get);
  }

  @Test
  void reloadsChangedFilesAfterTheCheckInterval() throws IOException {
    writePrefixes("first\n", 100);
    SignatureListsSource source = source();
    assertTrue(source.current().isPrefix("first"));

    writePrefixes("second\n", 200);
    clock.addAndGet(Duration.ofSeconds(4).toNanos());
    assertTrue(source.current().isPrefix("first"), "not looked at before the interval");

    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    assertTrue(source.current().isPrefix("second"));
    assertFalse(source.current().isPrefix("first"));
  }

  @Test
  void unchangedFilesAreNotReloaded() throws IOException {
    writePrefixes("first\n", 100);
    SignatureListsSource source = source();
    SignatureLists before = source.current();
    clock.addAndGet(Duration.ofSeconds(10).toNanos());
    assertSame(before, source.current());
  }

  @Test
  void anAddedFileIsPickedUp() throws IOException {
    SignatureListsSource source = source();
    assertTrue(source.current().isPrefix("malloc"), "shipped prefixes before the file exists");
    writePrefixes("only_mine\n", 100);
    clock.addAndGet(Duration.ofSeconds(5).toNanos());
    assertTrue(source.current().isPrefix("only_mine"));
    assertFalse(source.current().isPrefix("malloc"));
  }

  @Test
  void aBrokenEditKeepsTheListsInUse() throws IOException {
    writePrefixes("first\n", 100);
    SignatureListsSource source = source();
    writePrefixes("broken(\n", 200);
    clock.addAndGet(Duration.ofSeconds(5).toNanos());
    assertTrue(source.current().isPrefix("first"));
    assertTrue(source.lastError().orElseThrow().contains("prefix_signature_re.txt at line 1"));

    writePrefixes("fixed\n", 300);
    clock.addAndGet(Duration.ofSeconds(5).toNanos());
    assertTrue(source.current().isPrefix("fixed"));
    assertEquals(java.util.Optional.empty(), source.lastError());
  }

  @Test
  void brokenListsAtStartFallBackToTheShippedOnes() throws IOException {
    writePrefixes("broken(\n", 100);
    SignatureListsSource source = source();
    assertEquals("included signature lists", source.current().origin());
    assertTrue(source.lastError().isPresent());
  }

  @Test
  void concurrentReadersAlwaysGetCompleteLists() throws Exception {
    writePrefixes("first\n", 100);
    SignatureListsSource source =
        SignatureListsSource.reloading(dir, Duration.ZERO, System::nanoTime);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        readers.add(
            pool.submit(
                () -> {
                  int complete = 0;
                  for (int n = 0; n < 500; n++) {
                    SignatureLists lists = source.current();
                    if (lists.isPrefix("first") || lists.isPrefix("second")) {
                      complete++;
                    }
                  }
                  return complete;
                }));
      }
      for (int i = 0; i < 20; i++) {
        writePrefixes(i % 2 == 0 ? "second\n" : "first\n", 200 + i);
      }
      for (Future<Integer> reader : readers) {
        assertEquals(500, reader.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
