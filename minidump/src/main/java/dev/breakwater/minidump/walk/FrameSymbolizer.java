package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.model.AddressRangeMap;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.ModuleList;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.model.SymbolStats;
import dev.breakwater.minidump.symbols.CfiRules;
import dev.breakwater.minidump.symbols.InlineFrame;
import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import dev.breakwater.minidump.symbols.Symbolization;
import dev.breakwater.minidump.symbols.WinFrameInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds each frame's module and symbols, loading every module's symbols at most once per dump
 * (Breakpad's StackFrameSymbolizer). Like Breakpad, symbols are cached by code file name, so a
 * module whose symbols are missing is not looked up again. Symbol files count against the run's
 * {@link MemoryBudget}: once the next one would take it past the budget, no further symbols are
 * loaded and those modules are reported as skipped, not as missing.
 */
public final class FrameSymbolizer {
  private final SymbolSupplier supplier;
  private final ModuleList modules;
  private final AddressRangeMap<Module> unloaded;
  private final Map<String, SymbolFile> loaded = new HashMap<>();
  private final Set<String> withoutSymbolFiles = new HashSet<>();
  private final Set<String> corruptFiles = new HashSet<>();
  private final Map<Module, String> urls = new HashMap<>();
  private final Set<Module> loadedModules = new LinkedHashSet<>();
  private final Set<Module> framesWithoutSymbols = new LinkedHashSet<>();
  private final Set<Module> framesWithCorruptSymbols = new LinkedHashSet<>();
  private final Set<String> skippedFiles = new HashSet<>();
  private final Set<Module> skippedForBudget = new LinkedHashSet<>();
  private final MemoryBudget budget;
  private final List<String> problems;

  /** {@code supplier} may be null when no symbols are available at all. */
  public FrameSymbolizer(
      SymbolSupplier supplier,
      ModuleList modules,
      List<Module> unloadedModules,
      MemoryBudget budget,
      List<String> problems) {
    this.supplier = supplier;
    this.budget = budget;
    this.modules = modules;
    this.problems = problems;
    this.unloaded = new AddressRangeMap<>(AddressRangeMap.Strategy.EXCLUSIVE);
    for (Module module : unloadedModules) {
      unloaded.store(module.base(), module.size(), module);
    }
  }

  public ModuleList modules() {
    return modules;
  }

  /** The loaded module containing {@code address}, else the unloaded one, else null. */
  public Module moduleFor(long address) {
    Module module = modules.forAddress(address);
    if (module == null) {
      AddressRangeMap.Range<Module> range = unloaded.find(address);
      module = range == null ? null : range.value();
    }
    return module;
  }

  /**
   * Sets the frame's module and symbol fields and appends its inline frames (innermost first) to
   * {@code inlines}; records modules whose symbols are missing or corrupt.
   */
  public void fill(StackFrame frame, List<StackFrame> inlines) {
    Module module = moduleFor(frame.instruction());
    if (module == null) {
      return;
    }
    frame.setModule(module);
    SymbolFile symbols = symbols(module);
    if (symbols == null) {
      frame.setSymbolsMissing(true);
      if (supplier != null && !skippedFiles.contains(module.codeFile())) {
        // Without any symbol source Breakpad warns about no module, and neither do we.
        framesWithoutSymbols.add(module);
      }
      return;
    }
    if (corruptFiles.contains(module.codeFile())) {
      framesWithCorruptSymbols.add(module);
    }
    Symbolization symbol = lookup(symbols, frame.instruction() - module.base());
    if (symbol == null || symbol.function() == null) {
      return;
    }
    long sourceLineBase = symbol.sourceFile() == null ? 0 : module.base() + symbol.sourceLineBase();
    frame.setSymbol(
        symbol.function(),
        module.base() + symbol.functionBase(),
        symbol.sourceFile(),
        symbol.sourceLine(),
        sourceLineBase);
    addInlines(frame, symbol.inlines(), sourceLineBase, inlines);
  }

  /** Inline frames share the real frame's instruction, module and line base. */
  private static void addInlines(
      StackFrame frame, List<InlineFrame> found, long sourceLineBase, List<StackFrame> inlines) {
    for (InlineFrame inline : found == null ? List.<InlineFrame>of() : found) {
      StackFrame inlineFrame = StackFrame.inline(frame.cpu(), frame.instruction());
      inlineFrame.setModule(frame.module());
      inlineFrame.setSymbol(
          inline.function(),
          frame.functionBase(),
          inline.sourceFile(),
          inline.sourceLine(),
          sourceLineBase);
      inlines.add(inlineFrame);
    }
  }

  /**
   * Breakpad's InstructionAddressSeemsValid: inside a module, and either that module has no symbols
   * or they name a function at the address.
   */
  public boolean seemsValid(long address) {
    Module module = moduleFor(address);
    if (module == null) {
      return false;
    }
    SymbolFile symbols = symbols(module);
    if (symbols == null) {
      return true;
    }
    Symbolization symbol = lookup(symbols, address - module.base());
    return symbol != null && symbol.function() != null && !symbol.function().isEmpty();
  }

  /** The STACK CFI rules for the frame's instruction, or null. */
  public CfiRules cfiRules(StackFrame frame) {
    SymbolFile symbols = frame.module() == null ? null : symbols(frame.module());
    if (symbols == null) {
      return null;
    }
    try {
      return symbols.findCfiRules(frame.instruction() - frame.module().base());
    } catch (RuntimeException e) {
      problems.add("CFI lookup failed in " + frame.module().codeFileName() + ": " + e);
      return null;
    }
  }

  /** The STACK WIN record for the frame's instruction, or null. */
  public WinFrameInfo winFrameInfo(StackFrame frame) {
    SymbolFile symbols = frame.module() == null ? null : symbols(frame.module());
    if (symbols == null) {
      return null;
    }
    try {
      return symbols.findWinFrameInfo(frame.instruction() - frame.module().base());
    } catch (RuntimeException e) {
      problems.add("STACK WIN lookup failed in " + frame.module().codeFileName() + ": " + e);
      return null;
    }
  }

  /**
   * The parameter size of the FUNC record covering the frame's instruction, or null. Like
   * Breakpad's FindWindowsFrameInfo, a PUBLIC symbol's parameter size does not count.
   */
  public Long functionParameterSize(StackFrame frame) {
    SymbolFile symbols = frame.module() == null ? null : symbols(frame.module());
    if (symbols == null) {
      return null;
    }
    long rva = frame.instruction() - frame.module().base();
    if (!coveredByFunction(symbols, rva)) {
      return null;
    }
    Symbolization symbol = lookup(symbols, rva);
    return symbol == null ? null : symbol.parameterSize() & 0xffffffffL;
  }

  /** Binary search of the FUNC records (address order, no overlaps) for one covering rva. */
  static boolean coveredByFunction(SymbolFile symbols, long rva) {
    int low = 0;
    int high = symbols.functionCount() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (Long.compareUnsigned(symbols.functionAddress(middle), rva) <= 0) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found >= 0
        && Long.compareUnsigned(rva - symbols.functionAddress(found), symbols.functionSize(found))
            < 0;
  }

  private Symbolization lookup(SymbolFile symbols, long rva) {
    try {
      return symbols.symbolize(rva);
    } catch (RuntimeException e) {
      problems.add("symbol lookup failed at rva 0x" + Long.toHexString(rva) + ": " + e);
      return null;
    }
  }

  /** The module's symbols, loading them on first use; null when there are none. */
  SymbolFile symbols(Module module) {
    String key = module.codeFile();
    SymbolFile symbols = loaded.get(key);
    if (symbols != null || withoutSymbolFiles.contains(key)) {
      return symbols;
    }
    SymbolLookup lookup = findWithinBudget(module);
    if (lookup != null
        && lookup.file() != null
        && lookup.status() != SymbolLookup.Status.NOT_FOUND) {
      loaded.put(key, lookup.file());
      loadedModules.add(module);
      if (lookup.status() == SymbolLookup.Status.CORRUPT || lookup.file().isPartiallyCorrupt()) {
        corruptFiles.add(key);
      }
      if (lookup.url() != null) {
        urls.put(module, lookup.url());
      }
      return lookup.file();
    }
    withoutSymbolFiles.add(key);
    return null;
  }

  /** {@link #find}, unless the memory budget has stopped symbol loading or this file stops it. */
  private SymbolLookup findWithinBudget(Module module) {
    if (!budget.symbolsStopped()) {
      SymbolLookup lookup = find(module);
      if (lookup == null
          || lookup.file() == null
          || lookup.status() == SymbolLookup.Status.NOT_FOUND
          || budget.admitSymbols(lookup.file().estimatedMemoryBytes())) {
        return lookup;
      }
    }
    if (canLookUp(module)) {
      skippedFiles.add(module.codeFile());
      skippedForBudget.add(module);
    }
    return null;
  }

  private boolean canLookUp(Module module) {
    return supplier != null && !module.debugFile().isEmpty() && !module.debugId().isEmpty();
  }

  private SymbolLookup find(Module module) {
    if (!canLookUp(module)) {
      return null;
    }
    ModuleKey key =
        new ModuleKey(
            module.debugFileName(),
            module.debugId(),
            module.codeFileName(),
            module.codeIdentifier());
    try {
      return supplier.lookup(key);
    } catch (RuntimeException e) {
      problems.add("symbol lookup for " + module.debugFileName() + " failed: " + e);
      return null;
    }
  }

  /**
   * Modules whose symbols were not loaded because they would have taken the run past its memory
   * budget, in the order first needed.
   */
  public List<Module> skippedForBudget() {
    return List.copyOf(skippedForBudget);
  }

  /** What the lookups found, for the process state. */
  public SymbolStats stats() {
    return new SymbolStats(
        new ArrayList<>(framesWithoutSymbols),
        new ArrayList<>(framesWithCorruptSymbols),
        Set.copyOf(loadedModules),
        Map.copyOf(urls));
  }
}
