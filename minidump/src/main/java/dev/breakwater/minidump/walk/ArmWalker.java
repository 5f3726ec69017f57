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
 * stack scanning. The corpus has one ARM dump, mozilla-pgo/android-arm.dmp: of its 9,539 frames,
 * 9,425 are found by scanning, 101 by CFI; nothing in it is from iOS.
 */
public final class ArmWalker extends StackWalker {
  /**
   * iOS keeps its frame pointer in r7 by ABI. Elsewhere the frame pointer register differs between
   * ARM (r11) and Thumb (r7) code and most code has none, so Breakpad follows none.
   */
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
    // Breakpad ignores CFI on iOS "until it is properly collected" (Breakpad issue 764), and walks
    // iOS stacks by their r7 frame records. No corpus dump is from iOS on ARM.
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
    // "First unwind" is frames.size() == 1 here, as Breakpad's ARM walker long had it; later
    // versions test the context frame's trust, as the other walkers do. The two differ only when
    // the context frame has inline frames (the stack pointer must then already grow), and no corpus
    // dump tells them apart.
    if (terminate(
        caller.register(ARM_PC),
        caller.register(ARM_SP),
        last.register(ARM_SP),
        frames.size() == 1)) {
      return null;
    }
    // Two less than the return address: inside the call instruction both for Thumb (2-byte
    // instructions) and ARM (4-byte), which is enough for source lines and the caller's CFI.
    caller.setInstruction(cpu.mask(caller.register(ARM_PC) - 2));
    return caller;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    Map<String, Long> caller = CFI_REGISTERS.callerRegisters(last, rules, memory);
    if (caller == null) {
      return null;
    }
    StackFrame frame = CFI_REGISTERS.fill(newFrame(FrameTrust.CFI), last, caller);
    // Rules that give ".ra" but not pc: without a frame-pointer convention, ".ra" is the caller's
    // pc. With one (iOS), the rules restored the caller's lr, and the pc to return to is the
    // callee's lr, as in a frame-pointer step. (Only the first case occurs in the corpus.)
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

  /**
   * iOS frame records: [fp] is the caller's fp and [fp + 4] the caller's lr, so the caller's sp is
   * fp + 8; the caller's pc is the lr this frame was entered with. A zero fp ends the chain: the
   * caller keeps sp, which ends the walk, except on the first unwind, where the context frame may
   * be a leaf whose lr is the return address.
   */
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
    // Here too the context frame is "frames.size() == 1", so a context frame with inline frames
    // gets the short scan (again, no corpus dump tells the two apart).
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
