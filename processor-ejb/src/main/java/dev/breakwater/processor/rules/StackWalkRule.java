package dev.breakwater.processor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.processor.pipeline.Dump;
import dev.breakwater.processor.pipeline.ProcessingCrash;
import dev.breakwater.processor.pipeline.ProcessingRule;
import dev.breakwater.processor.stackwalk.BudgetedStackWalker;
import dev.breakwater.processor.stackwalk.DumpWalker;
import dev.breakwater.processor.stackwalk.StackWalkBudget;
import dev.breakwater.processor.stackwalk.StackWalkResult;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * Walks the stacks of every minidump of the crash report ({@code upload_file_minidump} and its
 * {@code upload_file_minidump_*} siblings, e.g. the browser process's dump attached to a content
 * process crash) in-process, within a time and memory budget per dump.
 *
 * <p>The main minidump's result goes to the top level ({@code json_dump}, {@code
 * mdsw_status_string}, {@code success}, {@code stackwalk_version}, {@code mdsw_stderr}); each other
 * one goes to a field named after its dump, listed in {@code additional_minidumps}.
 */
public final class StackWalkRule implements ProcessingRule {
  /** Status of a zero-byte dump, which is not walked. */
  public static final String EMPTY_MINIDUMP = "EmptyMinidump";

  private final DumpWalker walker;
  private final StackWalkBudget budget;
  private final BiConsumer<String, Duration> walkTimes;

  /**
   * @param walkTimes told the status and duration of every walk, for metrics
   */
  public StackWalkRule(
      DumpWalker walker, StackWalkBudget budget, BiConsumer<String, Duration> walkTimes) {
    this.walker = walker;
    this.budget = budget;
    this.walkTimes = walkTimes;
  }

  @Override
  public boolean predicate(ProcessingCrash report) {
    return report.dumps().values().stream().anyMatch(Dump::isMinidump);
  }

  @Override
  public void action(ProcessingCrash report) {
    ObjectNode processed = report.processedCrash();
    ArrayNode additional = processed.putArray("additional_minidumps");
    for (Dump dump : report.dumps().values()) {
      if (!dump.isMinidump()) {
        continue;
      }
      ObjectNode target = dump.isMainMinidump() ? processed : processed.putObject(dump.name());
      if (!dump.isMainMinidump()) {
        additional.add(dump.name());
      }
      StackWalkResult result = walk(dump, report);
      target.set("json_dump", result.jsonDump());
      target.put("mdsw_status_string", result.status());
      target.put("success", result.succeeded());
      target.put("stackwalk_version", walker.version());
      target.put("mdsw_stderr", result.log());
    }
  }

  private StackWalkResult walk(Dump dump, ProcessingCrash report) {
    if (dump.size() == 0) {
      report.addNote(
          "StackWalkRule: %s is empty--skipping minidump processing".formatted(dump.name()));
      return new StackWalkResult(report.processedCrash().objectNode(), EMPTY_MINIDUMP, "");
    }
    long start = System.nanoTime();
    StackWalkResult result = walker.walk(dump.file(), budget);
    walkTimes.accept(result.status(), Duration.ofNanos(System.nanoTime() - start));
    if (!result.succeeded()) {
      report.addNote(
          "StackWalkRule: %s: stack walk status %s".formatted(dump.name(), result.status()));
    }
    noteMemoryBudget(dump, result, report);
    return result;
  }

  /** A walk that stayed within its memory budget by leaving things out says so in a note. */
  private static void noteMemoryBudget(Dump dump, StackWalkResult result, ProcessingCrash report) {
    JsonNode memory = result.jsonDump().path("memory_budget");
    if (!memory.isObject()) {
      return;
    }
    report.addNote(
        ("StackWalkRule: %s: %s: memory budget of %d bytes reached; symbols of %d modules not"
                + " loaded, %d threads not walked")
            .formatted(
                dump.name(),
                BudgetedStackWalker.MEMORY_BUDGET_REACHED,
                memory.path("budget_bytes").asLong(),
                memory.path("skipped_symbols").size(),
                memory.path("threads_not_walked").asInt()));
  }
}
