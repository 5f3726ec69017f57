package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import dev.breakwater.minidump.symbols.MemoryReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breakpad's SimpleCFIWalker: names the registers for the CFI rules, and after evaluation fills the
 * caller's registers from the rules, from an alternate name (".cfa" for the stack pointer, ".ra"
 * for the instruction pointer), or, for callee-saved registers the rules do not mention, from the
 * callee.
 *
 * <p>Why the callee's value for an unmentioned callee-saved register: DWARF CFI only describes the
 * registers a function saved and will restore. One it does not mention is one it never changes, so
 * its value in the caller is the callee's. Caller-saved registers the rules do not mention are
 * unknown in the caller (the callee may have used them freely), so they stay invalid. Seven corpus
 * dumps need the carried-over values, e.g. frame 3 (__fortify_fail) of breakpad/linux_overflow.dmp
 * and the walks of mozilla-pgo/linux-x86.dmp and linux-x86_64.dmp (ConformanceTest).
 *
 * <p>Why the alternate names: dump_syms writes the canonical frame address and the return address
 * as ".cfa" and ".ra" rather than as the stack pointer and the instruction pointer, and the
 * caller's stack pointer is the CFA by definition. Every CFI walk depends on it (ConformanceTest,
 * JsonSnapshotTest,
 * SymbolizedWalkTest.amd64CallFrameInfoRecoversReturnAddressAndCalleeSavedRegisters).
 */
final class CfiRegisterMap {
  /**
   * One register: its name in .sym rules, its alternate name, and whether the callee saves it
   * (meaning here: assume it unchanged when the rules do not mention it).
   */
  record Entry(String name, String alternate, boolean calleeSaves, int index) {}

  private final List<Entry> entries;
  private final int addressSize;

  CfiRegisterMap(List<Entry> entries, int addressSize) {
    this.entries = entries;
    this.addressSize = addressSize;
  }

  /**
   * Every register of {@code cpu} under its own name: those from {@code firstSaved} to {@code
   * lastSaved} (inclusive) saved by the callee, and the alternate names given by register index.
   */
  static CfiRegisterMap of(
      Cpu cpu, int firstSaved, int lastSaved, Map<Integer, String> alternates) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < cpu.registerCount(); i++) {
      entries.add(
          new Entry(
              cpu.registers().get(i), alternates.get(i), i >= firstSaved && i <= lastSaved, i));
    }
    return new CfiRegisterMap(List.copyOf(entries), cpu.pointerSize());
  }

  /** The caller's frame recovered by {@code rules}, or null when they cannot be evaluated. */
  StackFrame callerFrame(StackFrame callee, CfiRules rules, MemoryReader memory, StackFrame empty) {
    Map<String, Long> caller = callerRegisters(callee, rules, memory);
    return caller == null ? null : fill(empty, callee, caller);
  }

  /** The rules' results by register name (and ".cfa", ".ra"), or null if they cannot be run. */
  Map<String, Long> callerRegisters(StackFrame callee, CfiRules rules, MemoryReader memory) {
    Map<String, Long> calleeRegisters = new HashMap<>();
    for (Entry entry : entries) {
      if (callee.isValid(entry.index())) {
        calleeRegisters.put(entry.name(), callee.register(entry.index()));
      }
    }
    return rules.findCallerRegisters(calleeRegisters, memory, addressSize);
  }

  /** Sets {@code frame}'s registers from the rules' results {@code caller}, as a CFI frame. */
  StackFrame fill(StackFrame frame, StackFrame callee, Map<String, Long> caller) {
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
