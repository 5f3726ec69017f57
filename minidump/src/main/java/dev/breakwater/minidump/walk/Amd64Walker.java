package dev.breakwater.minidump.walk;

import static dev.breakwater.minidump.format.CpuContext.RBP;
import static dev.breakwater.minidump.format.CpuContext.RIP;
import static dev.breakwater.minidump.format.CpuContext.RSP;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import java.util.List;
import java.util.OptionalLong;

/**
 * Breakpad's amd64 walker: CFI, then (Windows, context frame only) a simulated return from a leaf
 * function, then (not on Windows) the frame pointer chain, then stack scanning.
 */
public final class Amd64Walker extends StackWalker {
  private static final long VALID_RIP_RSP = (1L << RIP) | (1L << RSP);
  private static final CfiRegisterMap CFI_REGISTERS =
      new CfiRegisterMap(
          List.of(
              new CfiRegisterMap.Entry("$rax", null, false, 0),
              new CfiRegisterMap.Entry("$rdx", null, false, 1),
              new CfiRegisterMap.Entry("$rcx", null, false, 2),
              new CfiRegisterMap.Entry("$rbx", null, true, 3),
              new CfiRegisterMap.Entry("$rsi", null, false, 4),
              new CfiRegisterMap.Entry("$rdi", null, false, 5),
              new CfiRegisterMap.Entry("$rbp", null, true, 6),
              new CfiRegisterMap.Entry("$rsp", ".cfa", false, 7),
              new CfiRegisterMap.Entry("$r8", null, false, 8),
              new CfiRegisterMap.Entry("$r9", null, false, 9),
              new CfiRegisterMap.Entry("$r10", null, false, 10),
              new CfiRegisterMap.Entry("$r11", null, false, 11),
              new CfiRegisterMap.Entry("$r12", null, true, 12),
              new CfiRegisterMap.Entry("$r13", null, true, 13),
              new CfiRegisterMap.Entry("$r14", null, true, 14),
              new CfiRegisterMap.Entry("$r15", null, true, 15),
              new CfiRegisterMap.Entry("$rip", ".ra", false, 16)),
          8);

  public Amd64Walker(
      StackMemory memory, FrameSymbolizer symbolizer, String osShort, WalkLimits limits) {
    super(Cpu.AMD64, memory, symbolizer, osShort, limits);
  }

  @Override
  protected StackFrame callerFrame(boolean scanAllowed) {
    StackFrame last = lastFrame();
    StackFrame caller = null;
    CfiRules rules = symbolizer.cfiRules(last);
    if (rules != null) {
      caller = byCfi(last, rules);
    }
    boolean windows = "windows".equals(osShort);
    if (caller == null && last.trust() == FrameTrust.CONTEXT && windows) {
      caller = bySimulatedReturn(last);
    }
    if (caller == null && !windows) {
      caller = byFramePointer(last);
    }
    if (caller == null && scanAllowed) {
      caller = byScan(last);
    }
    if (caller == null) {
      return null;
    }
    if ("nacl".equals(osShort)) {
      caller.setRegisterKeepingValidity(RIP, caller.register(RIP) & 0xffffffffL);
      caller.setRegisterKeepingValidity(RSP, caller.register(RSP) & 0xffffffffL);
      caller.setRegisterKeepingValidity(RBP, caller.register(RBP) & 0xffffffffL);
    }
    if (terminate(
        caller.register(RIP),
        caller.register(RSP),
        last.register(RSP),
        last.trust() == FrameTrust.CONTEXT)) {
      return null;
    }
    caller.setInstruction(caller.register(RIP) - 1);
    return caller;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    StackFrame frame = CFI_REGISTERS.callerFrame(last, rules, memory, newFrame(FrameTrust.CFI));
    if (frame == null || (frame.validity() & VALID_RIP_RSP) != VALID_RIP_RSP) {
      return null;
    }
    if (frame.register(RIP) == 0 || frame.register(RSP) == 0) {
      return null;
    }
    return frame;
  }

  private StackFrame bySimulatedReturn(StackFrame last) {
    ReturnAddress found = scanForReturnAddress(last.register(RSP), 1);
    if (found == null) {
      return null;
    }
    StackFrame frame = copyOf(last, FrameTrust.LEAF, last.validity());
    frame.setRegisterKeepingValidity(RIP, found.value());
    frame.setRegisterKeepingValidity(RSP, found.location() + 8);
    return frame;
  }

  /** True for addresses outside both canonical halves of the x86-64 address space. */
  static boolean isNonCanonical(long address) {
    return Long.compareUnsigned(address, 0x7FFFFFFFFFFFL) > 0
        && Long.compareUnsigned(address, 0xFFFF800000000000L) < 0;
  }

  private StackFrame byFramePointer(StackFrame last) {
    long rbp = last.register(RBP);
    if (rbp % 8 != 0) {
      return null;
    }
    OptionalLong rip = memory.read(rbp + 8, 8);
    OptionalLong callerRbp = memory.read(rbp, 8);
    if (rip.isEmpty() || callerRbp.isEmpty()) {
      return null;
    }
    long rsp = rbp + 16;
    if (isNonCanonical(rip.getAsLong())) {
      return null;
    }
    if (Long.compareUnsigned(rsp, rbp) <= 0
        || Long.compareUnsigned(callerRbp.getAsLong(), rsp) < 0) {
      return null;
    }
    if (memory.read(callerRbp.getAsLong(), 8).isEmpty()) {
      return null;
    }
    StackFrame frame = copyOf(last, FrameTrust.FRAME_POINTER, 0);
    frame.setRegister(RIP, rip.getAsLong());
    frame.setRegister(RSP, rsp);
    frame.setRegister(RBP, callerRbp.getAsLong());
    return frame;
  }

  private StackFrame byScan(StackFrame last) {
    ReturnAddress found =
        scanForReturnAddress(last.register(RSP), last.trust() == FrameTrust.CONTEXT);
    if (found == null) {
      return null;
    }
    long location = found.location();
    StackFrame frame = copyOf(last, FrameTrust.SCAN, 0);
    frame.setRegister(RIP, found.value());
    frame.setRegister(RSP, location + 8);
    if (last.isValid(RBP)) {
      long lastRbp = last.register(RBP);
      if (location - 8 == lastRbp) {
        OptionalLong callerRbp = memory.read(lastRbp, 8);
        if (callerRbp.isPresent() && Long.compareUnsigned(callerRbp.getAsLong(), location) > 0) {
          frame.setRegister(RBP, callerRbp.getAsLong());
        }
      } else if (Long.compareUnsigned(lastRbp, location + 8) >= 0) {
        frame.setRegister(RBP, lastRbp);
      }
    }
    return frame;
  }
}
