package dev.breakwater.minidump.cli;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.minidump.symbols.supply.SymbolSuppliers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stackwalk [--json|--human|--machine] [--pretty] [--symbols-cache <dir>] <dump> [<symbols
 * dir or URL>...]}: processes a minidump and prints it. Symbol sources are directories in
 * Breakpad's layout or Breakpad HTTP symbol servers, tried in order. Exit status 0 when the dump
 * was processed cleanly, 1 when its status is not OK (the output still describes what could be
 * read), 2 on bad usage.
 */
public final class StackwalkCommand {
  /** Default disk cache for symbols downloaded from servers. */
  static final Path DEFAULT_CACHE =
      Path.of(System.getProperty("java.io.tmpdir"), "breakwater-symbols");

  enum Format {
    JSON,
    HUMAN,
    MACHINE
  }

  /** Parsed command line. */
  record Arguments(Format format, boolean pretty, Path cache, String dump, List<String> symbols) {}

  private StackwalkCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err));
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments arguments = parse(args, err);
    if (arguments == null) {
      err.println(
          "usage: stackwalk [--json|--human|--machine] [--pretty] [--symbols-cache <dir>]"
              + " <dump> [<symbols dir or URL>...]");
      return 2;
    }
    SymbolSupplier symbols;
    try {
      symbols = symbolSupplier(arguments);
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot use the symbol sources: " + e.getMessage());
      return 2;
    }
    ProcessState state =
        MinidumpProcessor.process(Path.of(arguments.dump()), symbols, ProcessOptions.DEFAULT);
    out.print(
        switch (arguments.format()) {
          case JSON -> JsonOutput.format(state, arguments.pretty()) + "\n";
          case HUMAN -> HumanOutput.format(state);
          case MACHINE -> MachineOutput.format(state);
        });
    out.flush();
    state.problems().forEach(problem -> err.println("note: " + problem));
    return state.status() == ProcessStatus.OK ? 0 : 1;
  }

  static Arguments parse(String[] args, PrintStream err) {
    Format format = Format.HUMAN;
    boolean pretty = false;
    Path cache = DEFAULT_CACHE;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> format = Format.JSON;
        case "--human" -> format = Format.HUMAN;
        case "--machine", "-m" -> format = Format.MACHINE;
        case "--pretty" -> pretty = true;
        case "--symbols-cache" -> {
          if (++i == args.length) {
            return null;
          }
          cache = Path.of(args[i]);
        }
        default -> {
          if (args[i].startsWith("-")) {
            err.println("unknown option " + args[i]);
            return null;
          }
          positional.add(args[i]);
        }
      }
    }
    return positional.isEmpty()
        ? null
        : new Arguments(
            format, pretty, cache, positional.get(0), positional.subList(1, positional.size()));
  }

  /** Directories and symbol servers in order, or null when there is no symbol source. */
  private static SymbolSupplier symbolSupplier(Arguments arguments) throws IOException {
    if (arguments.symbols().isEmpty()) {
      return null;
    }
    SymbolSuppliers.Builder builder = SymbolSuppliers.builder().cacheDirectory(arguments.cache());
    for (String source : arguments.symbols()) {
      if (source.startsWith("http://") || source.startsWith("https://")) {
        builder.server(URI.create(source), null);
      } else {
        builder.localRoot(Path.of(source));
      }
    }
    return builder.build();
  }
}
