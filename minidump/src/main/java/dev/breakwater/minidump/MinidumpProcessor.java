package dev.breakwater.minidump;

import dev.breakwater.minidump.format.Minidump;
import dev.breakwater.minidump.format.RawException;
import dev.breakwater.minidump.model.CrashInfo;
import dev.breakwater.minidump.model.MemoryUse;
import dev.breakwater.minidump.model.ModuleList;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.model.SystemInfo;
import dev.breakwater.minidump.process.CrashReasons;
import dev.breakwater.minidump.process.DumpReader;
import dev.breakwater.minidump.process.ParsedDump;
import dev.breakwater.minidump.process.SystemInfoDescriber;
import dev.breakwater.minidump.process.ThreadWalking;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.minidump.walk.Deadline;
import dev.breakwater.minidump.walk.FrameSymbolizer;
import dev.breakwater.minidump.walk.MemoryBudget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes a minidump into a {@link ProcessState}: system info, crash reason, modules and the
 * walked stack of every thread, matching Breakpad's {@code minidump_stackwalk}.
 *
 * <p>Never throws on bad input: an unreadable, truncated or corrupt dump yields a state whose
 * {@link ProcessState#status()} says so, with whatever could be read.
 */
public final class MinidumpProcessor {
  private MinidumpProcessor() {}

  /**
   * Processes the dump file at {@code dump}, looking symbols up through {@code symbols} (null when
   * there is no symbol source at all).
   */
  public static ProcessState process(Path dump, SymbolSupplier symbols, ProcessOptions options) {
    Minidump minidump;
    try {
      minidump = Minidump.open(dump);
    } catch (IOException | RuntimeException e) {
      return ProcessState.failed(
          ProcessStatus.UNREADABLE, List.of("cannot read " + dump + ": " + e));
    }
    return process(minidump, symbols, options);
  }

  /** Processes a dump held in memory. */
  public static ProcessState process(byte[] dump, SymbolSupplier symbols, ProcessOptions options) {
    return process(Minidump.of(dump), symbols, options);
  }

  private static ProcessState process(
      Minidump dump, SymbolSupplier symbols, ProcessOptions options) {
    List<String> problems = new ArrayList<>();
    try {
      if (!dump.isValid()) {
        problems.addAll(dump.problems());
        ProcessStatus status =
            dump.isTruncated() ? ProcessStatus.TRUNCATED : ProcessStatus.NOT_A_MINIDUMP;
        return ProcessState.failed(status, problems);
      }
      return processValid(dump, symbols, options, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add("internal error while processing: " + e);
      return ProcessState.failed(ProcessStatus.CORRUPT, problems);
    }
  }

  private static ProcessState processValid(
      Minidump dump, SymbolSupplier symbols, ProcessOptions options, List<String> problems) {
    ParsedDump parsed = DumpReader.read(dump, problems);
    SystemInfo system = SystemInfoDescriber.describe(parsed.systemInfo());
    ModuleList modules = parsed.modules();
    MemoryBudget memory = MemoryBudget.of(options.memoryBudgetBytes());
    memory.chargeDump(dump.data().size());
    FrameSymbolizer symbolizer =
        new FrameSymbolizer(symbols, modules, parsed.unloadedModules(), memory, problems);
    Deadline deadline = Deadline.after(options.timeBudget());
    ThreadWalking.Result walked =
        new ThreadWalking(parsed, system, symbolizer, options.limits(), deadline, memory, problems)
            .walkAll();
    MemoryUse memoryUse =
        new MemoryUse(
            memory.limitBytes(),
            memory.usedBytes(),
            symbolizer.skippedForBudget(),
            walked.threadsNotWalked());
    if (!memoryUse.skippedSymbols().isEmpty()) {
      problems.add(
          "memory budget of %d bytes reached: symbols of %d modules not loaded"
              .formatted(memory.limitBytes(), memoryUse.skippedSymbols().size()));
    }
    List<String> allProblems = new ArrayList<>(dump.problems());
    allProblems.addAll(problems);
    var misc = parsed.miscInfo();
    return new ProcessState(
        walked.timedOut() ? ProcessStatus.TIMED_OUT : status(dump, parsed),
        List.copyOf(allProblems),
        dump.timeDateStamp(),
        misc != null && misc.hasProcessTimes() ? misc.processCreateTime() : null,
        misc != null && misc.hasProcessId() ? misc.processId() : null,
        system,
        crashInfo(parsed, walked.requestingThread()),
        modules,
        parsed.unloadedModules(),
        walked.threads(),
        symbolizer.stats(),
        parsed.extras(),
        memoryUse);
  }

  private static ProcessStatus status(Minidump dump, ParsedDump parsed) {
    if (parsed.coreStreamFailed() || dump.isDirectoryDamaged()) {
      return dump.isTruncated() ? ProcessStatus.TRUNCATED : ProcessStatus.CORRUPT;
    }
    if (parsed.threads() == null) {
      return ProcessStatus.NO_THREAD_LIST;
    }
    return ProcessStatus.OK;
  }

  private static CrashInfo crashInfo(ParsedDump parsed, int requestingThread) {
    String assertion = parsed.assertion() == null ? "" : CrashReasons.assertion(parsed.assertion());
    RawException exception = parsed.exception();
    if (exception == null) {
      return new CrashInfo(false, "", 0, requestingThread, 0, 0, List.of(), assertion);
    }
    List<Long> parameters = new ArrayList<>();
    for (int i = 0; i < exception.parameterCount(); i++) {
      parameters.add(exception.information()[i]);
    }
    return new CrashInfo(
        true,
        CrashReasons.reason(exception, parsed.systemInfo()),
        CrashReasons.address(exception, parsed.systemInfo()),
        requestingThread,
        exception.code(),
        exception.flags(),
        List.copyOf(parameters),
        assertion);
  }
}
