package dev.breakwater.minidump.output;

import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.CrashInfo;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.model.SymbolStats;
import dev.breakwater.minidump.model.SystemInfo;
import java.util.List;

/** Breakpad's human-readable output ({@code minidump_stackwalk} without -m). */
public final class HumanOutput {
  private HumanOutput() {}

  public static String format(ProcessState state) {
    StringBuilder out = new StringBuilder();
    system(out, state.systemInfo());
    crash(out, state);
    threads(out, state);
    if (state.modules().isPresent()) {
      modules(out, state);
    }
    return out.toString();
  }

  private static void system(StringBuilder out, SystemInfo system) {
    out.append("Operating system: ").append(system.os()).append('\n');
    out.append("                  ").append(system.osVersion()).append('\n');
    out.append("CPU: ").append(system.cpu()).append('\n');
    if (!system.cpuInfo().isEmpty()) {
      out.append("     ").append(system.cpuInfo()).append('\n');
    }
    out.append("     ")
        .append(system.cpuCount())
        .append(" CPU")
        .append(system.cpuCount() != 1 ? "s" : "")
        .append("\n\n");
    out.append("GPU: UNKNOWN\n\n");
  }

  private static void crash(StringBuilder out, ProcessState state) {
    CrashInfo crash = state.crash();
    if (crash.crashed()) {
      out.append("Crash reason:  ").append(crash.reason()).append('\n');
      out.append("Crash address: ").append(Hex.plain(crash.address())).append('\n');
      if (!crash.parameters().isEmpty()) {
        out.append("Crash parameters:\n");
        for (long parameter : crash.parameters()) {
          out.append("    value: ").append(Hex.padded16(parameter)).append("  description: \n");
        }
      }
    } else {
      out.append("No crash\n");
    }
    if (!crash.assertion().isEmpty()) {
      out.append("Assertion: ").append(crash.assertion()).append('\n');
    }
    Long uptime = state.uptimeSeconds();
    out.append(
        uptime != null
            ? "Process uptime: " + uptime + " seconds\n"
            : "Process uptime: not available\n");
  }

  private static void threads(StringBuilder out, ProcessState state) {
    int requesting = state.crash().requestingThread();
    List<CallStack> threads = state.walkedThreads();
    if (requesting >= 0 && requesting < threads.size()) {
      out.append("\nThread ")
          .append(requesting)
          .append(state.crash().crashed() ? " (crashed)" : " (requested dump, did not crash)")
          .append('\n');
      stack(out, threads.get(requesting));
    }
    for (int i = 0; i < threads.size(); i++) {
      if (i != requesting) {
        out.append("\nThread ").append(i).append('\n');
        stack(out, threads.get(i));
      }
    }
  }

  private static void stack(StringBuilder out, CallStack stack) {
    List<StackFrame> frames = stack.frames();
    if (frames.isEmpty()) {
      out.append(" <no frames>\n");
    }
    for (int i = 0; i < frames.size(); i++) {
      StackFrame frame = frames.get(i);
      out.append(String.format("%2d  ", i));
      frameName(out, frame);
      out.append("\n ");
      if (!frame.isInline()) {
        Registers.print(out, frame);
      }
      out.append("\n    Found by: ").append(frame.trust().description()).append('\n');
    }
  }

  private static void frameName(StringBuilder out, StackFrame frame) {
    long address = frame.returnAddress();
    Module module = frame.module();
    if (module == null) {
      out.append(Hex.plain(address));
      return;
    }
    out.append(module.codeFileName());
    String function = frame.function();
    if (function == null || function.isEmpty()) {
      out.append(" + ").append(Hex.plain(address - module.base()));
      return;
    }
    out.append('!').append(function);
    String file = frame.sourceFile();
    if (file != null && !file.isEmpty()) {
      out.append(" [")
          .append(Module.fileName(file))
          .append(" : ")
          .append(frame.sourceLine())
          .append(" + ")
          .append(Hex.plain(address - frame.sourceLineBase()))
          .append(']');
    } else {
      out.append(" + ").append(Hex.plain(address - frame.functionBase()));
    }
  }

  private static void modules(StringBuilder out, ProcessState state) {
    out.append("\nLoaded modules:\n");
    Module main = state.modules().main();
    SymbolStats symbols = state.symbols();
    for (Module module : state.modules().byAddress()) {
      out.append(Hex.padded8(module.base()))
          .append(" - ")
          .append(Hex.padded8(module.end()))
          .append("  ")
          .append(module.codeFileName())
          .append("  ")
          .append(module.version().isEmpty() ? "???" : module.version());
      if (main != null && module.base() == main.base()) {
        out.append("  (main)");
      }
      if (containsModule(symbols.withoutSymbols(), module)) {
        out.append("  (WARNING: No symbols, ")
            .append(module.debugFileName())
            .append(", ")
            .append(module.debugId())
            .append(')');
      } else if (containsModule(symbols.corrupt(), module)) {
        out.append("  (WARNING: Corrupt symbols, ")
            .append(module.debugFileName())
            .append(", ")
            .append(module.debugId())
            .append(')');
      }
      out.append('\n');
    }
  }

  /** Breakpad matches modules by debug file and identifier, not identity. */
  private static boolean containsModule(List<Module> modules, Module module) {
    for (Module candidate : modules) {
      if (candidate.debugFile().equals(module.debugFile())
          && candidate.debugId().equals(module.debugId())) {
        return true;
      }
    }
    return false;
  }
}
