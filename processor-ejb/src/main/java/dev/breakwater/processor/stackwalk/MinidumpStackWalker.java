package dev.breakwater.processor.stackwalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.nio.file.Path;

/**
 * Walks minidumps in-process with Breakwater's pure-Java stack walker ({@code
 * breakwater-minidump}), producing rust-minidump's JSON. The walker never throws for a bad dump;
 * its status and problems say what could not be read. The budget's memory bound is enforced inside
 * the walk: symbol files that would take it past the bound are not loaded (the JSON's {@code
 * memory_budget} lists them) and threads whose frames would are not walked.
 */
public final class MinidumpStackWalker implements DumpWalker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SymbolSupplier symbols;
  private final ProcessOptions options;

  /**
   * @param symbols where symbols come from; null to walk without symbols
   */
  public MinidumpStackWalker(SymbolSupplier symbols, ProcessOptions options) {
    this.symbols = symbols;
    this.options = options;
  }

  @Override
  public StackWalkResult walk(Path minidump, StackWalkBudget budget) {
    ProcessState state =
        MinidumpProcessor.process(
            minidump,
            symbols,
            options.withMemoryBudget(budget.memoryBytes()).withTimeBudget(budget.time()));
    ObjectNode jsonDump = JSON.valueToTree(JsonOutput.document(state));
    return new StackWalkResult(
        jsonDump, state.status().jsonName(), String.join("\n", state.problems()));
  }

  @Override
  public String version() {
    String version = MinidumpProcessor.class.getPackage().getImplementationVersion();
    return "breakwater-minidump " + (version == null ? "dev" : version);
  }
}
