package dev.breakwater.minidump.cli;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stackwalk [--json|--human|--machine] [--pretty] <dump> [<symbols dir>...]}: processes a
 * minidump and prints it. Exit status 0 when the dump was processed cleanly, 1 when its status is
 * not OK (the output still describes what could be read), 2 on bad usage.
 */
public final class StackwalkCommand {
  enum Format {
    JSON,
    HUMAN,
    MACHINE
  }

  private StackwalkCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err));
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Format format = Format.HUMAN;
    boolean pretty = false;
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--json" -> format = Format.JSON;
        case "--human" -> format = Format.HUMAN;
        case "--machine", "-m" -> format = Format.MACHINE;
        case "--pretty" -> pretty = true;
        default -> {
          if (arg.startsWith("-")) {
            err.println("unknown option " + arg);
            return usage(err);
          }
          positional.add(arg);
        }
      }
    }
    if (positional.isEmpty()) {
      return usage(err);
    }
    List<Path> roots = positional.subList(1, positional.size()).stream().map(Path::of).toList();
    ProcessState state =
        MinidumpProcessor.process(
            Path.of(positional.get(0)),
            roots.isEmpty() ? null : new LocalSymbolSupplier(roots),
            ProcessOptions.DEFAULT);
    out.print(
        switch (format) {
          case JSON -> JsonOutput.format(state, pretty) + "\n";
          case HUMAN -> HumanOutput.format(state);
          case MACHINE -> MachineOutput.format(state);
        });
    out.flush();
    state.problems().forEach(problem -> err.println("note: " + problem));
    return state.status() == ProcessStatus.OK ? 0 : 1;
  }

  private static int usage(PrintStream err) {
    err.println("usage: stackwalk [--json|--human|--machine] [--pretty] <dump> [<symbols dir>...]");
    return 2;
  }
}
