package dev.breakwater.processor.stackwalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.processor.testing.RequiredTestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-process walker holds the walk to the budget's memory and time bounds. */
class MinidumpStackWalkerTest {
  static final Path TESTDATA = Path.of("../../shared/testdata/minidumps/rust-minidump/testdata");
  static final Path DUMP = TESTDATA.resolve("test.dmp");

  private MinidumpStackWalker walker;

  @BeforeEach
  void walker() {
    RequiredTestData.corpus(DUMP);
    walker =
        new MinidumpStackWalker(
            new LocalSymbolSupplier(List.of(TESTDATA.resolve("symbols"))), ProcessOptions.DEFAULT);
  }

  @Test
  void symbolsLoadWithinAnAmpleBudget() {
    StackWalkResult result =
        walker.walk(DUMP, new StackWalkBudget(Duration.ofSeconds(30), 1L << 30));

    assertEquals("OK", result.status());
    assertFalse(result.jsonDump().has("memory_budget"));
    JsonNode app = module(result, "test_app.exe");
    assertEquals(true, app.path("loaded_symbols").asBoolean());
    assertFalse(app.has("skipped_symbols"));
  }

  @Test
  void symbolsPastTheBudgetAreSkippedAndTheWalkStillSucceeds() throws IOException {
    long budget = Files.size(DUMP) + 1;

    StackWalkResult result = walker.walk(DUMP, new StackWalkBudget(Duration.ofSeconds(30), budget));

    assertEquals("OK", result.status());
    JsonNode memory = result.jsonDump().path("memory_budget");
    assertEquals(budget, memory.path("budget_bytes").asLong());
    assertEquals("test_app.exe", memory.path("skipped_symbols").path(0).asText());
    JsonNode app = module(result, "test_app.exe");
    assertEquals(false, app.path("loaded_symbols").asBoolean());
    assertEquals("memory budget", app.path("skipped_symbols").asText());
    assertEquals("test_app.exe", result.jsonDump().at("/crashing_thread/frames/0/module").asText());
    assertEquals("", result.jsonDump().at("/crashing_thread/frames/0/function").asText(""));
  }

  private static JsonNode module(StackWalkResult result, String name) {
    for (JsonNode module : result.jsonDump().path("modules")) {
      if (name.equals(module.path("filename").asText())) {
        return module;
      }
    }
    throw new AssertionError("no module " + name);
  }

  @Test
  void aWalkOutOfTimeStopsItselfWithATimedOutStatus() {
    StackWalkResult result = walker.walk(DUMP, new StackWalkBudget(Duration.ZERO, 1L << 30));

    assertEquals("ERROR_TIMED_OUT", result.status());
  }
}
