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
 *
 * <p>The order and every check below follow Breakpad's StackwalkerAMD64, not what would be most
 * accurate: the output must be Breakpad's byte for byte (ConformanceTest). Where rust-minidump's
 * amd64 unwinder validates more, Breakpad does not, and neither do we.
 */
public final class Amd64Walker extends StackWalker {
  private static final long VALID_RIP_RSP = (1L << RIP) | (1L << RSP);

  /**
   * "Callee saves" here means "assume unchanged when the CFI does not mention it": true for the
   * System V callee-saved set (rbx, rbp, r12-r15). It is false for rsp and rip although the callee
   * restores them, since they always change across a return; they come from ".cfa" and ".ra". On
   * Windows rsi and rdi are callee-saved as well, but Breakpad does not carry them over, so a
   * Windows caller's rsi and rdi are only known when the CFI restores them.
   */
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
    // A Windows x64 leaf function that touches no callee-saved register needs no unwind info, and
    // LLVM emits none for it (so dump_syms writes no STACK CFI); it is unwound by a plain return,
    // its return address being on top of the stack. Only the crashing function can be such a leaf:
    // each of its callers made a call. Breakpad finds frame 1 of breakpad/tiny-exe-fastfail.dmp,
    // tiny-exe-with-cet-xsave.dmp, rust-minidump/invalid-parameter.dmp and
    // node-minidump/windows.dmp
    // so ("Found by:" in the human output, ConformanceTest);
    // MinidumpProcessorTest.windowsAmd64NeverFollowsFramePointerButSimulatesLeafReturn.
    if (caller == null && last.trust() == FrameTrust.CONTEXT && windows) {
      caller = bySimulatedReturn(last);
    }
    // Never on Windows: x64 code there (MSVC, and LLVM alike) may point %rbp into the middle of the
    // frame's locals, as its unwind info allows, so *(%rbp + 8) is not a return address. Scanning
    // does better: following it changes node-minidump/windows.dmp and
    // mozilla-pgo/windows-x86_64.dmp (ConformanceTest).
    if (caller == null && !windows) {
      caller = byFramePointer(last);
    }
    if (caller == null && scanAllowed) {
      caller = byScan(last);
    }
    if (caller == null) {
      return null;
    }
    // Native Client's x86-64 sandbox adds its 4 GiB-aligned base (kept in r15) to these registers
    // and to the return addresses it pushes; only the low 32 bits locate code and stack. No corpus
    // dump is from NaCl; MinidumpProcessorTest.naclAmd64KeepsTheLow32BitsOfTheCallersRegisters
    // pins it.
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
    // %rip is the return address, the instruction after the CALL; one less lies inside the CALL,
    // so line numbers, inline frames and the caller's own CFI are looked up at the call site, not
    // at whatever follows it (the next function, after a call to a noreturn function).
    caller.setInstruction(caller.register(RIP) - 1);
    return caller;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    StackFrame frame = CFI_REGISTERS.callerFrame(last, rules, memory, newFrame(FrameTrust.CFI));
    if (frame == null || (frame.validity() & VALID_RIP_RSP) != VALID_RIP_RSP) {
      return null;
    }
    // CFI that yields a zero %rip or %rsp is treated as no CFI, so that a scan gets its turn,
    // instead of ending the stack there; any other result is trusted unchecked, as Breakpad does.
    // In mozilla-pgo/windows-x86_64.dmp the CFI of thread 6's frame 23 yields %rip 0, and Breakpad
    // goes on to scan frames 24 and up out of xul.dll (ConformanceTest).
    if (frame.register(RIP) == 0 || frame.register(RSP) == 0) {
      return null;
    }
    return frame;
  }

  /**
   * Returns from a leaf: a leaf pushed nothing, so its caller's return address is the word at %rsp.
   * The "1" is Breakpad's search-word count, and its bound is inclusive, so the words at %rsp and
   * %rsp + 8 are both tried. The caller keeps all of the leaf's registers as valid (a leaf of this
   * kind changed none that the caller relies on); its %rsp is the word above the return address, as
   * after a RET.
   */
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

  /**
   * The classic prologue (push %rbp; mov %rsp, %rbp) leaves the caller's %rbp at [%rbp] and the
   * return address at [%rbp + 8], so the caller's %rsp is %rbp + 16. The System V ABI does not
   * require a frame pointer, so each step checks that %rbp still looks like one before trusting it.
   */
  private StackFrame byFramePointer(StackFrame last) {
    long rbp = last.register(RBP);
    // A pushed %rbp sits in an 8-byte slot; an unaligned value is a general-purpose register
    // holding data. (No corpus dump has one that would pass the checks below.)
    if (rbp % 8 != 0) {
      return null;
    }
    OptionalLong rip = memory.read(rbp + 8, 8);
    OptionalLong callerRbp = memory.read(rbp, 8);
    if (rip.isEmpty() || callerRbp.isEmpty()) {
      return null;
    }
    long rsp = rbp + 16;
    // Only 48 address bits are in use; a value between the two canonical halves can never have
    // been pushed by a CALL, so %rbp was not a frame pointer.
    // MinidumpProcessorTest.linuxAmd64ScansWhenTheFramePointersReturnAddressIsNotCanonical.
    if (isNonCanonical(rip.getAsLong())) {
      return null;
    }
    // Frames are nested: the caller's frame lies above this one, so its saved %rbp cannot be
    // below the caller's %rsp (and %rbp + 16 must not wrap). No corpus dump needs this or the next
    // check; they keep a data value in %rbp from becoming a frame, as in Breakpad.
    if (Long.compareUnsigned(rsp, rbp) <= 0
        || Long.compareUnsigned(callerRbp.getAsLong(), rsp) < 0) {
      return null;
    }
    // The caller's %rbp must point into this stack too, or the next step would read nothing.
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
    // The frame pointer step, and CFI rules that use %rbp, need a valid %rbp in the next frame, so
    // pass one on when it is plausible. Two cases: the function pushed %rbp right below the return
    // address found and pointed %rbp at it (then the caller's %rbp is the saved one, if it points
    // further up the stack), or the function left %rbp alone (then the callee's value is the
    // caller's, if it lies above the new %rsp). Otherwise the caller's %rbp stays invalid.
    // Both cases show in the register lines that the human output prints for scanned frames, in
    // 30 corpus dumps (breakpad/linux_*.dmp, node-minidump/linux.dmp, mozilla-pgo/linux-x86_64.dmp
    // and others; ConformanceTest, InlineFramesTest).
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
