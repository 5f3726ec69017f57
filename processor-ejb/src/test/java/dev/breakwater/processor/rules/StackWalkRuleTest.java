package dev.breakwater.processor.rules;

import static dev.breakwater.processor.pipeline.TestCrashes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.TestCrashes;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.stackwalk.StackWalkResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackWalkRuleTest {
  private static final StackWalkBudget BUDGET = new StackWalkBudget(Duration.ofSeconds(5), 1 << 20);

  /** Answers with the dump's file name as the OS so results can be told apart. */
  private final List<Path> walked = new ArrayList<>();

  private final List<StackWalkBudget> budgets = new ArrayList<>();
  private final List<String> timedStatuses = new ArrayList<>();
  private final DumpWalker fake =
      new DumpWalker() {
        @Override
        public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
          walked.add(minidump);
          budgets.add(budget);
          String status = minidump.toString().contains("bad") ? "ERROR_MINIDUMP_HEADER" : "OK";
          String memory =
              minidump.toString().contains("huge")
                  ? ", 'memory_budget': {'budget_bytes': 1048576, 'used_bytes': 1000000,"
                      + " 'skipped_symbols': ['xul.dll', 'ntdll.dll'], 'threads_not_walked': 0}"
                  : "";
          return new StackWalkResult(
              json("{'system_info': {'os': '" + minidump + "'}" + memory + "}"),
              status,
              "log of " + minidump);
        }

        @Override
        public String version() {
          return "fake 1.0";
        }
      };
  private final StackWalkRule rule =
      new StackWalkRule(fake, BUDGET, (status, d) -> timedStatuses.add(status));

  private static Dump dump(String name, String file, long size) {
    return new Dump(name, Path.of(file), size);
  }

  @Test
  void walksEveryMinidumpAndPutsTheMainOneAtTheTop() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{}",
            Map.of(
                "upload_file_minidump", dump("upload_file_minidump", "main", 10),
                "upload_file_minidump_browser", dump("upload_file_minidump_browser", "browser", 10),
                "memory_report", dump("memory_report", "memory", 10)));
    assertTrue(rule.predicate(report));
    rule.action(report);

    var processed = report.processedCrash();
    assertEquals(List.of(Path.of("main"), Path.of("browser")), walked, "main minidump first");
    assertEquals(List.of(BUDGET, BUDGET), budgets);
    assertEquals("main", processed.at("/json_dump/system_info/os").asText());
    assertEquals("OK", processed.path("mdsw_status_string").asText());
    assertTrue(processed.path("success").asBoolean());
    assertEquals("fake 1.0", processed.path("stackwalk_version").asText());
    assertEquals("log of main", processed.path("mdsw_stderr").asText());
    assertEquals(
        json("{'a': ['upload_file_minidump_browser']}").get("a"),
        processed.get("additional_minidumps"));
    assertEquals(
        "browser", processed.at("/upload_file_minidump_browser/json_dump/system_info/os").asText());
    assertEquals(List.of("OK", "OK"), timedStatuses);
  }

  @Test
  void aFailedWalkIsNotedAndKeepsWhatWasRead() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{}", Map.of("upload_file_minidump", dump("upload_file_minidump", "bad", 10)));
    rule.action(report);
    assertFalse(report.processedCrash().path("success").asBoolean());
    assertEquals(
        "ERROR_MINIDUMP_HEADER", report.processedCrash().path("mdsw_status_string").asText());
    assertEquals("bad", report.processedCrash().at("/json_dump/system_info/os").asText());
    assertTrue(
        report
            .notes()
            .joined()
            .contains("upload_file_minidump: stack walk status ERROR_MINIDUMP_HEADER"));
  }

  @Test
  void aWalkThatReachedItsMemoryBudgetSucceedsWithANote() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{}", Map.of("upload_file_minidump", dump("upload_file_minidump", "huge", 10)));
    rule.action(report);
    assertTrue(report.processedCrash().path("success").asBoolean());
    assertEquals(
        List.of("xul.dll", "ntdll.dll"),
        List.of(
            report.processedCrash().at("/json_dump/memory_budget/skipped_symbols/0").asText(),
            report.processedCrash().at("/json_dump/memory_budget/skipped_symbols/1").asText()));
    assertEquals(
        "StackWalkRule: upload_file_minidump: MemoryBudgetReached: memory budget of 1048576 bytes"
            + " reached; symbols of 2 modules not loaded, 0 threads not walked",
        report.notes().joined());
  }

  @Test
  void aWalkWithinItsMemoryBudgetHasNoNote() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{}", Map.of("upload_file_minidump", dump("upload_file_minidump", "main", 10)));
    rule.action(report);
    assertEquals("", report.notes().joined());
  }

  @Test
  void anEmptyDumpIsNotWalked() {
    ProcessingCrash report =
        TestCrashes.withDumps(
            "{}", Map.of("upload_file_minidump", dump("upload_file_minidump", "empty", 0)));
    rule.action(report);
    assertTrue(walked.isEmpty());
    assertEquals(
        StackWalkRule.EMPTY_MINIDUMP, report.processedCrash().path("mdsw_status_string").asText());
    assertTrue(report.notes().joined().contains("is empty"));
  }

  @Test
  void crashReportsWithoutMinidumpsAreSkipped() {
    ProcessingCrash report =
        TestCrashes.withDumps("{}", Map.of("memory_report", dump("memory_report", "m", 3)));
    assertFalse(rule.predicate(report));
  }
}
