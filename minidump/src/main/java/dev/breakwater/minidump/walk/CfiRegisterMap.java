package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import dev.breakwater.minidump.symbols.MemoryReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breakpad's SimpleCFIWalker for x86 and amd64: names the registers for the CFI rules, and after
 * evaluation fills the caller's registers from the rules, from an alternate name (".cfa" for the
 * stack pointer, ".ra" for the instruction pointer), or, for callee-saved registers the rules do
 * not mention, from the callee.
 */
final class CfiRegisterMap {
  /** One register: its name in .sym rules, its alternate name, and whether the callee saves it. */
  record Entry(String name, String alternate, boolean calleeSaves, int index) {}

  private final List<Entry> entries;
  private final int addressSize;

  CfiRegisterMap(List<Entry> entries, int addressSize) {
    this.entries = entries;
    this.addressSize = addressSize;
  }

  /** The caller's frame recovered by {@code rules}, or null when they cannot be evaluated. */
  StackFrame callerFrame(StackFrame callee, CfiRules rules, MemoryReader memory, StackFrame empty) {
    Map<String, Long> calleeRegisters = new HashMap<>();
    for (Entry entry : entries) {
      if (callee.isValid(entry.index())) {
        calleeRegisters.put(entry.name(), callee.register(entry.index()));
      }
    }
    Map<String, Long> caller = rules.findCallerRegisters(calleeRegisters, memory, addressSize);
    if (caller == null) {
      return null;
    }
    StackFrame frame = empty;
    frame.setTrust(FrameTrust.CFI);
    for (Entry entry : entries) {
      Long value = caller.get(entry.name());
      if (value == null && entry.alternate() != null) {
        value = caller.get(entry.alternate());
      }
      if (value != null) {
        frame.setRegister(entry.index(), value);
      } else if (entry.calleeSaves() && callee.isValid(entry.index())) {
        frame.setRegister(entry.index(), callee.register(entry.index()));
      }
    }
    return frame;
  }
}
