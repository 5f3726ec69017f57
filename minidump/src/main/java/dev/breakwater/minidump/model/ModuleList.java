package dev.breakwater.minidump.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The process's modules: in dump order (the first is the main module), in address order (as
 * Breakpad prints them) and indexed by address for frame lookups.
 */
public final class ModuleList {
  private final List<Module> inDumpOrder;
  private final AddressRangeMap<Module> ranges;
  private final List<Module> byAddress;
  private final Module main;
  private final boolean present;

  private ModuleList(
      List<Module> inDumpOrder, AddressRangeMap<Module> ranges, Module main, boolean present) {
    this.present = present;
    this.inDumpOrder = List.copyOf(inDumpOrder);
    this.ranges = ranges;
    this.main = main;
    List<Module> sorted = new ArrayList<>();
    for (AddressRangeMap.Range<Module> range : ranges.ranges()) {
      sorted.add(range.value());
    }
    this.byAddress = Collections.unmodifiableList(sorted);
  }

  /** No module list at all (the dump has none, or it could not be read). */
  public static ModuleList empty() {
    return new ModuleList(
        List.of(), new AddressRangeMap<>(AddressRangeMap.Strategy.EXCLUSIVE), null, false);
  }

  /** True when the dump has a readable module list (possibly with no modules). */
  public boolean isPresent() {
    return present;
  }

  /**
   * Builds the list the way Breakpad's module list does: exact duplicates are dropped, and a module
   * that overlaps an earlier one is dropped too (noted in {@code problems}) unless {@code
   * truncateLower} lets the lower one be cut short.
   */
  public static ModuleList build(
      List<Module> modules, boolean truncateLower, List<String> problems) {
    AddressRangeMap<Module> ranges =
        new AddressRangeMap<>(
            truncateLower
                ? AddressRangeMap.Strategy.TRUNCATE_LOWER
                : AddressRangeMap.Strategy.EXCLUSIVE);
    List<Module> kept = new ArrayList<>();
    for (Module module : modules) {
      AddressRangeMap.Range<Module> existing = ranges.find(module.base());
      if (existing != null && isDuplicate(existing.value(), module)) {
        continue;
      }
      if (!ranges.store(module.base(), module.size(), module)) {
        problems.add(
            String.format(
                "module %s at 0x%x+0x%x overlaps another module or is empty",
                module.codeFile(), module.base(), module.size()));
        continue;
      }
      kept.add(module);
    }
    Module main = modules.isEmpty() ? null : modules.get(0);
    return new ModuleList(kept, ranges, main, true);
  }

  private static boolean isDuplicate(Module a, Module b) {
    return a.base() == b.base()
        && a.size() == b.size()
        && a.codeFile().equals(b.codeFile())
        && a.codeIdentifier().equals(b.codeIdentifier());
  }

  /** The module containing {@code address}, or null. */
  public Module forAddress(long address) {
    AddressRangeMap.Range<Module> range = ranges.find(address);
    return range == null ? null : range.value();
  }

  /** The first module of the dump's list (the executable), or null. */
  public Module main() {
    return main;
  }

  /** Modules sorted by address. */
  public List<Module> byAddress() {
    return byAddress;
  }

  /** Modules in the order of the dump's list. */
  public List<Module> inDumpOrder() {
    return inDumpOrder;
  }

  public int size() {
    return byAddress.size();
  }

  public boolean isEmpty() {
    return byAddress.isEmpty();
  }

  /** The highest module in address order, or null (the arm64 walker derives a pointer mask). */
  public Module highest() {
    return byAddress.isEmpty() ? null : byAddress.get(byAddress.size() - 1);
  }
}
