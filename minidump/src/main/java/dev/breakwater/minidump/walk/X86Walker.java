package dev.breakwater.minidump.walk;

import static dev.breakwater.minidump.format.CpuContext.EBP;
import static dev.breakwater.minidump.format.CpuContext.EIP;
import static dev.breakwater.minidump.format.CpuContext.ESP;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.CfiRules;
import dev.breakwater.minidump.symbols.WinFrameInfo;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Breakpad's x86 walker: STACK WIN data (FrameData programs or FPO), then STACK CFI, then the %ebp
 * chain, with stack scanning where those fail. All arithmetic is 32-bit.
 *
 * <p>STACK WIN comes first: it is what dump_syms writes for Windows modules, from the PDB's own
 * description of each frame, while STACK CFI comes from DWARF elsewhere; a frame is unwound by one
 * or the other, never a mix. Unlike on amd64, the %ebp chain is followed on Windows too: 32-bit
 * code without FPO keeps the classic frame (hundreds of frames of mozilla-pgo/windows-x86.dmp and
 * breakpad/ascii_read_av.dmp are found so; MinidumpProcessorTest.windowsX86FollowsEbpChain).
 */
public final class X86Walker extends StackWalker {
  /**
   * Breakpad's bound on the distance between two frames when trusting a scanned %ebp: 99.5% of the
   * frames of popular third-party libraries are smaller than 128 KiB (Breakpad's histogram).
   */
  static final long MAX_REASONABLE_GAP_BETWEEN_FRAMES = 128 * 1024;

  /**
   * A CFI caller needs %ebp as well as %eip and %esp, unlike on amd64: the next frame may well be
   * walked by STACK WIN programs or the %ebp chain, which start from %ebp. (No corpus dump has CFI
   * that leaves %ebp unknown.)
   */
  static final long VALID_EIP_ESP_EBP = (1L << EIP) | (1L << ESP) | (1L << EBP);

  /** ebx, esi, edi and ebp are callee-saved in every x86 calling convention. */
  private static final CfiRegisterMap CFI_REGISTERS =
      new CfiRegisterMap(
          List.of(
              new CfiRegisterMap.Entry("$eip", ".ra", false, 0),
              new CfiRegisterMap.Entry("$esp", ".cfa", false, 1),
              new CfiRegisterMap.Entry("$ebp", null, true, 2),
              new CfiRegisterMap.Entry("$eax", null, false, 6),
              new CfiRegisterMap.Entry("$ebx", null, true, 3),
              new CfiRegisterMap.Entry("$ecx", null, false, 7),
              new CfiRegisterMap.Entry("$edx", null, false, 8),
              new CfiRegisterMap.Entry("$esi", null, true, 4),
              new CfiRegisterMap.Entry("$edi", null, true, 5)),
          4);

  /** The Windows frame info found for each frame, used to size its callee's parameters. */
  final Map<StackFrame, WindowsFrameInfo> windowsInfo = new IdentityHashMap<>();

  public X86Walker(
      StackMemory memory, FrameSymbolizer symbolizer, String osShort, WalkLimits limits) {
    // A 32-bit CPU cannot have stack memory above 4 GiB: such a region is a damaged descriptor,
    // and Breakpad then walks nothing but the context frame. (No corpus dump has one.)
    super(Cpu.X86, fitsIn32Bits(memory) ? memory : null, symbolizer, osShort, limits);
  }

  private static boolean fitsIn32Bits(StackMemory memory) {
    return memory == null
        || Long.compareUnsigned(memory.base() + memory.size() - 1, 0xffffffffL) <= 0;
  }

  @Override
  protected StackFrame callerFrame(boolean scanAllowed) {
    StackFrame last = lastFrame();
    StackFrame caller = null;
    WindowsFrameInfo info = windowsFrameInfo(last);
    if (info != null) {
      windowsInfo.put(last, info);
      if (info.complete()) {
        caller = new X86WindowsUnwinder(this, last, info, scanAllowed).callerFrame();
      }
    }
    if (caller == null) {
      CfiRules rules = symbolizer.cfiRules(last);
      if (rules != null) {
        caller = byCfi(last, rules);
      }
    }
    if (caller == null) {
      caller = byFramePointer(last, scanAllowed);
    }
    if (caller == null) {
      return null;
    }
    if (terminate(
        caller.register(EIP),
        caller.register(ESP),
        last.register(ESP),
        last.trust() == FrameTrust.CONTEXT)) {
      return null;
    }
    caller.setInstruction(cpu.mask(caller.register(EIP) - 1));
    return caller;
  }

  private WindowsFrameInfo windowsFrameInfo(StackFrame frame) {
    WinFrameInfo record = symbolizer.winFrameInfo(frame);
    if (record != null) {
      return WindowsFrameInfo.of(record);
    }
    return WindowsFrameInfo.ofFunction(symbolizer.functionParameterSize(frame));
  }

  /**
   * The size of the parameters the last frame pushed for its callee, which STACK WIN programs need
   * ({@code .cbCalleeParams}) because Windows x86 code addresses its frame relative to an %esp that
   * still has them pushed (stdcall callees pop their own; cdecl callers pop them after the call).
   *
   * <p>Breakpad's loop over the callees never stops at the first one with a size, so the value that
   * wins is that of the innermost frame with one (frame 0 first), not of the last frame's own
   * callee. Kept for the sake of identical output: mozilla-pgo/windows-x86.dmp's thread 54 walks
   * differently from frame 6 on with the nearest callee's size (ConformanceTest).
   */
  long calleeParameterSize() {
    long size = 0;
    for (int i = frames.size() - 2; i >= 0; i--) {
      StackFrame callee = frames.get(i);
      WindowsFrameInfo info = callee.isInline() ? null : windowsInfo.get(callee);
      if (info != null) {
        size = info.parameterSize();
      }
    }
    return size;
  }

  private StackFrame byCfi(StackFrame last, CfiRules rules) {
    StackFrame frame = CFI_REGISTERS.callerFrame(last, rules, memory, newFrame(FrameTrust.CFI));
    if (frame == null || (frame.validity() & VALID_EIP_ESP_EBP) != VALID_EIP_ESP_EBP) {
      return null;
    }
    return frame;
  }

  /**
   * The classic frame: [%ebp] is the caller's %ebp and [%ebp + 4] the return address, so the
   * caller's %esp is %ebp + 8. Unlike amd64, nothing about the values read is checked (Breakpad
   * does not, and checking makes the scan invent frames that Breakpad does not print in
   * minidump2.dmp, as rust-minidump found). When %ebp points outside the stack the function did not
   * use it as a frame pointer, often code without symbols built without frame pointers, and the
   * stack is scanned instead.
   */
  private StackFrame byFramePointer(StackFrame last, boolean scanAllowed) {
    long ebp = last.register(EBP);
    OptionalLong eip = readWord(ebp + 4);
    OptionalLong callerEbp = readWord(ebp);
    StackFrame frame;
    if (eip.isPresent() && callerEbp.isPresent()) {
      frame = copyOf(last, FrameTrust.FRAME_POINTER, 0);
      frame.setRegister(EIP, eip.getAsLong());
      frame.setRegister(ESP, ebp + 8);
      frame.setRegister(EBP, callerEbp.getAsLong());
      return frame;
    }
    ReturnAddress found = scanAllowed ? scan(last.register(ESP), last) : null;
    if (found == null) {
      return null;
    }
    long esp = cpu.mask(found.location() + 4);
    // If the function found has a classic frame, its caller's %ebp was pushed right below the
    // return address; trust it only if it points further up the stack, and not absurdly far.
    // Otherwise %ebp is assumed unchanged. mozilla-pgo/linux-x86.dmp (thread 34) and
    // windows-x86.dmp (thread 35) walk on through the restored chain (ConformanceTest).
    long restoredChain = cpu.mask(esp - 8);
    OptionalLong chained = readWord(restoredChain);
    long newEbp = ebp;
    if (chained.isPresent()
        && chained.getAsLong() > restoredChain
        && chained.getAsLong() - restoredChain <= MAX_REASONABLE_GAP_BETWEEN_FRAMES) {
      newEbp = chained.getAsLong();
    }
    frame = copyOf(last, FrameTrust.SCAN, 0);
    frame.setRegister(EIP, found.value());
    frame.setRegister(ESP, esp);
    frame.setRegister(EBP, newEbp);
    return frame;
  }

  ReturnAddress scan(long start, StackFrame last) {
    return scanForReturnAddress(start, last.trust() == FrameTrust.CONTEXT);
  }

  ReturnAddress scanWords(long start, int words) {
    return scanForReturnAddress(start, words);
  }

  StackMemory memory() {
    return memory;
  }

  FrameSymbolizer symbolizer() {
    return symbolizer;
  }

  StackFrame emptyFrame(StackFrame from, FrameTrust trust) {
    return copyOf(from, trust, 0);
  }
}
