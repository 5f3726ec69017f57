package dev.breakwater.processor.stackwalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetedStackWalkerTest {
  @TempDir Path directory;
  private final CountDownLatch interrupted = new CountDownLatch(1);

  /** Walks instantly, or until interrupted for a dump named "hang". */
  private final DumpWalker inner =
      new DumpWalker() {
        @Override
        public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
          if (minidump.endsWith("hang")) {
            try {
              new CountDownLatch(1).await();
            } catch (InterruptedException e) {
              interrupted.countDown();
            }
          }
          if (minidump.endsWith("broken")) {
            throw new IllegalStateException("bug in the walker");
          }
          return new StackWalkResult(
              JsonNodeFactory.instance.objectNode().put("status", "OK"), "OK", "");
        }

        @Override
        public String version() {
          return "inner 2";
        }
      };

  private final BudgetedStackWalker walker = new BudgetedStackWalker(inner, 2);

  @AfterEach
  void stop() {
    walker.close();
  }

  private Path dump(String name, int size) throws Exception {
    return Files.write(directory.resolve(name), new byte[size]);
  }

  @Test
  void aWalkWithinBudgetReturnsItsResult() throws Exception {
    StackWalkResult result =
        walker.walk(dump("ok", 10), new StackWalkBudget(Duration.ofSeconds(30), 100));
    assertEquals("OK", result.status());
    assertEquals("inner 2", walker.version());
  }

  @Test
  void aWalkOverTheTimeBudgetIsAbandonedAndInterrupted() throws Exception {
    StackWalkResult result =
        walker.walk(dump("hang", 10), new StackWalkBudget(Duration.ofMillis(50), 100));
    assertEquals(BudgetedStackWalker.TIME_BUDGET_EXCEEDED, result.status());
    assertEquals(
        BudgetedStackWalker.TIME_BUDGET_EXCEEDED, result.jsonDump().path("status").asText());
    assertTrue(
        interrupted.await(10, TimeUnit.SECONDS), "the abandoned walk's thread is interrupted");
  }

  @Test
  void aDumpOverTheMemoryBudgetIsNotWalked() throws Exception {
    StackWalkResult result =
        walker.walk(dump("big", 101), new StackWalkBudget(Duration.ofSeconds(30), 100));
    assertEquals(BudgetedStackWalker.MEMORY_BUDGET_EXCEEDED, result.status());
  }

  @Test
  void aFailingWalkerGivesAStatusNotAnException() throws Exception {
    StackWalkResult result =
        walker.walk(dump("broken", 10), new StackWalkBudget(Duration.ofSeconds(30), 100));
    assertEquals(BudgetedStackWalker.WALKER_FAILED, result.status());
    assertTrue(result.log().contains("bug in the walker"));
  }
}
