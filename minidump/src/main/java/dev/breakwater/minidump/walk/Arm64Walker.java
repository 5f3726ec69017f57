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
 * pointer-authentication bits stripped from return addresses. The corpus's arm64 dumps are
 * mozilla-pgo/android-aarch64.dmp (old Breakpad context layout) and mozilla-pgo/windows-aarch64.dmp
 * (Microsoft's).
 *
 * <p>Unlike 32-bit ARM, frame pointers are followed everywhere: x29 points at a frame record on the
 * AAPCS64 platforms met in practice (Apple and Windows require it). The frame pointer step always
 * assumes a normal frame, even for a leaf that saved nothing. If the last frame is such a leaf, the
 * step unwinds its caller instead and that one frame goes missing, but the rest of the walk stays
 * in step.
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

  /**
   * A mask covering every module address, to strip PAC bits (Breakpad's address_range_mask_): all
   * bits up to the highest bit of the end of the highest module. Real address bits above it cannot
   * belong to code, so they are authentication bits. (rust-minidump starts from Apple's 47-bit
   * split instead; we keep Breakpad's guess.)
   */
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

  /**
   * Strips authentication bits: ARMv8.3 pointer authentication (used on Apple platforms) signs
   * return addresses and frame pointers in their unused high bits when they are saved. A value is
   * changed only when the stripped one lies in a module, so data and JIT code addresses that merely
   * have high bits set stay as they were. No corpus dump carries such bits (its arm64 dumps are
   * from Android and Windows);
   * MinidumpProcessorTest.arm64StripsPointerAuthenticationBitsFromSavedReturnAddresses pins it.
   */
  long stripPointerAuthentication(long pointer) {
    long stripped = pointer & addressMask;
    return symbolizer.modules().forAddress(stripped) != null ? stripped : pointer;
  }

  /**
   * The context's lr is stripped too: CFI rules (".ra: x30") and the frame pointer step take the
   * caller's pc from it. (No corpus dump has a signed lr in its context.)
   */
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
    // Instructions are 4 bytes: pc - 4 is the call instruction itself.
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

  /**
   * A frame record is (fp, lr) pushed as a pair: [fp] is the caller's fp and [fp + 8] its lr, so
   * the caller's sp is fp + 16, and the pc to return to is the lr this frame holds. A zero fp ends
   * the chain: the caller keeps sp, which ends the walk after the first unwind.
   */
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
   * A frame unwound by CFI rarely has a valid lr (it is caller-saved), yet the frame pointer step
   * needs one to find the next pc. If the callee's frame record holds the fp that CFI produced for
   * this frame, the lr saved beside it is this frame's lr. Like Breakpad, this updates the last
   * frame in place, so it also shows in that frame's registers. The crashing thread of
   * mozilla-pgo/android-aarch64.dmp walks on from frame 37 (into base.vdex) only thanks to it
   * (ConformanceTest).
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
