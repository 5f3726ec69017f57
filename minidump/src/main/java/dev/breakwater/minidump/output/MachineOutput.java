package dev.breakwater.minidump.output;

import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.CrashInfo;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.model.SystemInfo;
import java.util.List;

/**
 * Breakpad's machine-readable output ({@code minidump_stackwalk -m}), byte for byte: OS, CPU, GPU
 * and Crash lines, one Module line per module in address order, a blank line, then one line per
 * frame ({@code thread|frame|module|function|file|line|offset}), the crashing thread first.
 */
public final class MachineOutput {
  private MachineOutput() {}

  public static String format(ProcessState state) {
    StringBuilder out = new StringBuilder();
    SystemInfo system = state.systemInfo();
    out.append("OS|")
        .append(strip(system.os()))
        .append('|')
        .append(strip(system.osVersion()))
        .append('\n');
    out.append("CPU|")
        .append(strip(system.cpu()))
        .append('|')
        .append(strip(system.cpuInfo()))
        .append('|')
        .append(system.cpuCount())
        .append('\n');
    out.append("GPU|||\n");
    crashLine(out, state.crash());
    modules(out, state);
    out.append('\n');
    int requesting = state.crash().requestingThread();
    List<CallStack> threads = state.walkedThreads();
    if (requesting >= 0 && requesting < threads.size()) {
      stack(out, requesting, threads.get(requesting));
    }
    for (int i = 0; i < threads.size(); i++) {
      if (i != requesting) {
        stack(out, i, threads.get(i));
      }
    }
    return out.toString();
  }

  private static void crashLine(StringBuilder out, CrashInfo crash) {
    out.append("Crash|");
    if (crash.crashed()) {
      out.append(strip(crash.reason()))
          .append("|0x")
          .append(Long.toHexString(crash.address()))
          .append('|');
    } else if (!crash.assertion().isEmpty()) {
      out.append(strip(crash.assertion())).append("||");
    } else {
      out.append("No crash||");
    }
    if (crash.requestingThread() != -1) {
      out.append(crash.requestingThread());
    }
    out.append('\n');
  }

  private static void modules(StringBuilder out, ProcessState state) {
    Module main = state.modules().main();
    for (Module module : state.modules().byAddress()) {
      out.append("Module|")
          .append(strip(module.codeFileName()))
          .append('|')
          .append(strip(module.version()))
          .append('|')
          .append(strip(module.debugFileName()))
          .append('|')
          .append(strip(module.debugId()))
          .append('|')
          .append(Hex.padded8(module.base()))
          .append('|')
          .append(Hex.padded8(module.end()))
          .append('|')
          .append(main != null && module.base() == main.base() ? 1 : 0)
          .append('\n');
    }
  }

  private static void stack(StringBuilder out, int thread, CallStack stack) {
    List<StackFrame> frames = stack.frames();
    for (int i = 0; i < frames.size(); i++) {
      out.append(thread).append('|').append(i).append('|');
      frame(out, frames.get(i));
      out.append('\n');
    }
  }

  private static void frame(StringBuilder out, StackFrame frame) {
    long address = frame.returnAddress();
    Module module = frame.module();
    if (module == null) {
      out.append("||||0x").append(Long.toHexString(address));
      return;
    }
    out.append(strip(module.codeFileName()));
    String function = frame.function();
    if (function == null || function.isEmpty()) {
      out.append("||||0x").append(Long.toHexString(address - module.base()));
      return;
    }
    out.append('|').append(strip(function));
    String file = frame.sourceFile();
    if (file != null && !file.isEmpty()) {
      out.append('|')
          .append(strip(file))
          .append('|')
          .append(frame.sourceLine())
          .append("|0x")
          .append(Long.toHexString(address - frame.sourceLineBase()));
    } else {
      out.append("|||0x").append(Long.toHexString(address - frame.functionBase()));
    }
  }

  /** Breakpad's StripSeparator: removes '|' and newlines so fields stay on one line. */
  static String strip(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("|", "").replace("\n", "");
  }
}
