package dev.breakwater.minidump.walk;

import static dev.breakwater.minidump.format.CpuContext.ARM64_FP;
import static dev.breakwater.minidump.format.CpuContext.ARM64_LR;
import static dev.breakwater.minidump.format.CpuContext.ARM64_PC;
import static dev.breakwater.minidump.format.CpuContext.ARM64_SP;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.format.CpuContext;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.Module;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Breakpad's arm64 walker: CFI, then the frame pointer chain (x29), then stack scanning, with
 * pointer-authentication bits stripped from return addresses.
 */
public final class Arm64Walker extends StackWalker {
  private static final long VALID_PC_SP = (1L << ARM64_PC) | (1L << ARM64_SP);

  /** x19-x29 are callee-saved (AAPCS64). */
  private static final CfiRegisterMap CFI_REGISTERS =
      CfiRegisterMap.of(Cpu.ARM64, 19, 29, Map.of(ARM64_SP, ".cfa", ARM64_PC, ".ra"));

  private final long addressMask;

  public Arm64Walker(
      StackMemory memory, FrameSymbolizer symbolizer, String osShort, WalkLimits limits) {
    super(Cpu.ARM64, memory, symbolizer, osShort, limits);
    this.addressMask = addressMask(symbolizer);
  }

  /** A mask covering every module address, to strip PAC bits (Breakpad's address_range_mask_). */
  private static long addressMask(FrameSymbolizer symbolizer) {
    Module highest = symbolizer.modules().highest();
    if (highest == null) {
      return -1L;
    }
    long mask = highest.base() + highest.size();
    for (int shift = 1; shift <= 32; shift <<= 1) {
      mask |= mask >>> shift;
    }
    return mask;
  }

  /** Strips authentication bits when the stripped value lies in a module. */
  long stripPointerAuthentication(long pointer) {
    long stripped = pointer & addressMask;
    return symbolizer.modules().forAddress(stripped) != null ? stripped : pointer;
  }

  @Override
  protected StackFrame contextFrame(CpuContext context) {
    StackFrame frame = super.contextFrame(context);
    frame.setRegisterKeepingValidity(
        ARM64_LR, stripPointerAuthentication(frame.register(ARM64_LR)));
    return frame;
  }

  @Override
  protected StackFrame callerFrame(boolean scanAllowed) {
    StackFrame last = lastFrame();
    StackFrame caller = null;
    CfiRules rules = symbolizer.cfiRules(last);
    if (rules != null) {
      caller = byCfi(last, rules);
    }
    if (caller == null) {
      caller = byFramePointer(last);
    }
    if (caller == null && scanAllowed) {
      caller = byScan(last);
    }
    if (caller == null) {
      return null;
    }
    if (terminate(
        caller.register(ARM64_PC),
        caller.register(ARM64_SP),
        last.register(ARM64_SP),
        last.trust() == FrameTrust.CONTEXT)) {
      return null;
    }
    caller.setInstruction(caller.register(ARM64_PC) - 4);
    return caller;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    StackFrame frame = CFI_REGISTERS.callerFrame(last, rules, memory, newFrame(FrameTrust.CFI));
    if (frame == null || (frame.validity() & VALID_PC_SP) != VALID_PC_SP) {
      return null;
    }
    frame.setRegister(ARM64_PC, stripPointerAuthentication(frame.register(ARM64_PC)));
    return frame;
  }

  private StackFrame byFramePointer(StackFrame last) {
    if (!last.isValid(ARM64_LR)) {
      correctLinkRegister(last);
    }
    long fp = last.register(ARM64_FP);
    long callerFp = 0;
    long callerLr = 0;
    if (fp != 0) {
      OptionalLong savedFp = memory.read(fp, 8);
      OptionalLong savedLr = memory.read(fp + 8, 8);
      if (savedFp.isEmpty() || savedLr.isEmpty()) {
        return null;
      }
      callerFp = savedFp.getAsLong();
      callerLr = savedLr.getAsLong();
    }
    callerLr = stripPointerAuthentication(callerLr);
    StackFrame frame = copyOf(last, FrameTrust.FRAME_POINTER, 0);
    frame.setRegister(ARM64_FP, callerFp);
    frame.setRegister(ARM64_SP, fp != 0 ? fp + 16 : last.register(ARM64_SP));
    frame.setRegister(ARM64_PC, last.register(ARM64_LR));
    frame.setRegister(ARM64_LR, callerLr);
    return frame;
  }

  /**
   * When CFI left the link register unknown, recover it from the callee's frame record if the frame
   * pointer CFI produced agrees with it. Like Breakpad, this updates the last frame.
   */
  private void correctLinkRegister(StackFrame last) {
    if (frames.size() < 2
        || Long.compareUnsigned(last.register(ARM64_FP), last.register(ARM64_SP)) <= 0) {
      return;
    }
    StackFrame callee = calleeOfLast();
    if (callee == null) {
      return;
    }
    long calleeFp = callee.register(ARM64_FP);
    long savedFp = 0;
    long savedLr = 0;
    if (calleeFp != 0) {
      OptionalLong fp = memory.read(calleeFp, 8);
      if (fp.isEmpty()) {
        return;
      }
      savedFp = fp.getAsLong();
    }
    if (last.register(ARM64_FP) != savedFp) {
      return;
    }
    if (calleeFp != 0) {
      OptionalLong lr = memory.read(calleeFp + 8, 8);
      if (lr.isEmpty()) {
        return;
      }
      savedLr = lr.getAsLong();
    }
    last.setRegisterKeepingValidity(ARM64_LR, stripPointerAuthentication(savedLr));
  }

  private StackFrame byScan(StackFrame last) {
    ReturnAddress found =
        scanForReturnAddress(last.register(ARM64_SP), last.trust() == FrameTrust.CONTEXT);
    if (found == null) {
      return null;
    }
    StackFrame frame = copyOf(last, FrameTrust.SCAN, 0);
    frame.setRegister(ARM64_PC, found.value());
    frame.setRegister(ARM64_SP, found.location() + 8);
    return frame;
  }
}
