package dev.breakwater.minidump.walk;

import static dev.breakwater.minidump.format.CpuContext.ARM_LR;
import static dev.breakwater.minidump.format.CpuContext.ARM_PC;
import static dev.breakwater.minidump.format.CpuContext.ARM_SP;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Breakpad's 32-bit ARM walker: CFI (ignored on iOS), then the frame pointer (r7, iOS only), then
 * stack scanning.
 */
public final class ArmWalker extends StackWalker {
  /** iOS keeps its frame pointer in r7; elsewhere Breakpad does not follow frame pointers. */
  static final int IOS_FP = 7;

  private static final long VALID_PC_SP = (1L << ARM_PC) | (1L << ARM_SP);

  /**
   * r4-r11 are callee-saved (AAPCS). ".ra" has no fixed register here: where it goes depends on the
   * frame pointer convention (see byCfi).
   */
  private static final CfiRegisterMap CFI_REGISTERS =
      CfiRegisterMap.of(Cpu.ARM, 4, 11, Map.of(ARM_SP, ".cfa"));

  private final int fpRegister;
  private final boolean ios;

  public ArmWalker(
      StackMemory memory,
      FrameSymbolizer symbolizer,
      String osShort,
      String os,
      WalkLimits limits) {
    super(Cpu.ARM, memory, symbolizer, osShort, limits);
    this.fpRegister = "ios".equals(osShort) ? IOS_FP : -1;
    this.ios = "iOS".equals(os);
  }

  @Override
  protected StackFrame callerFrame(boolean scanAllowed) {
    StackFrame last = lastFrame();
    StackFrame caller = null;
    if (!ios) {
      CfiRules rules = symbolizer.cfiRules(last);
      if (rules != null) {
        caller = byCfi(last, rules);
      }
    }
    if (caller == null && fpRegister >= 0) {
      caller = byFramePointer(last);
    }
    if (caller == null && scanAllowed) {
      caller = byScan(last);
    }
    if (caller == null) {
      return null;
    }
    if (terminate(
        caller.register(ARM_PC),
        caller.register(ARM_SP),
        last.register(ARM_SP),
        frames.size() == 1)) {
      return null;
    }
    caller.setInstruction(cpu.mask(caller.register(ARM_PC) - 2));
    return caller;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    Map<String, Long> caller = CFI_REGISTERS.callerRegisters(last, rules, memory);
    if (caller == null) {
      return null;
    }
    StackFrame frame = CFI_REGISTERS.fill(newFrame(FrameTrust.CFI), last, caller);
    if (!frame.isValid(ARM_PC) && caller.containsKey(".ra")) {
      if (fpRegister == -1) {
        frame.setRegister(ARM_PC, caller.get(".ra"));
      } else {
        frame.setRegister(ARM_LR, caller.get(".ra"));
        frame.setRegister(ARM_PC, last.register(ARM_LR));
      }
    }
    return (frame.validity() & VALID_PC_SP) == VALID_PC_SP ? frame : null;
  }

  private StackFrame byFramePointer(StackFrame last) {
    if (!last.isValid(fpRegister)) {
      return null;
    }
    long fp = last.register(fpRegister);
    long callerFp = 0;
    long callerLr = 0;
    if (fp != 0) {
      OptionalLong savedFp = memory.read(fp, 4);
      OptionalLong savedLr = memory.read(cpu.mask(fp + 4), 4);
      if (savedFp.isEmpty() || savedLr.isEmpty()) {
        return null;
      }
      callerFp = savedFp.getAsLong();
      callerLr = savedLr.getAsLong();
    }
    StackFrame frame = copyOf(last, FrameTrust.FRAME_POINTER, 0);
    frame.setRegister(fpRegister, callerFp);
    frame.setRegister(ARM_SP, fp != 0 ? fp + 8 : last.register(ARM_SP));
    frame.setRegister(ARM_PC, last.register(ARM_LR));
    frame.setRegister(ARM_LR, callerLr);
    return frame;
  }

  private StackFrame byScan(StackFrame last) {
    ReturnAddress found = scanForReturnAddress(last.register(ARM_SP), frames.size() == 1);
    if (found == null) {
      return null;
    }
    StackFrame frame = copyOf(last, FrameTrust.SCAN, 0);
    frame.setRegister(ARM_PC, found.value());
    frame.setRegister(ARM_SP, found.location() + 4);
    return frame;
  }
}
