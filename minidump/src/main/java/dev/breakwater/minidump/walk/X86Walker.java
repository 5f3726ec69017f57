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
 */
public final class X86Walker extends StackWalker {
  /** Breakpad's bound on the distance between two frames when trusting a scanned %ebp. */
  static final long MAX_REASONABLE_GAP_BETWEEN_FRAMES = 128 * 1024;

  static final long VALID_EIP_ESP_EBP = (1L << EIP) | (1L << ESP) | (1L << EBP);
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
    // A 32-bit CPU cannot have stack memory above 4 GiB; Breakpad then refuses to walk.
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

  /** Breakpad's quirk: the parameter size of the outermost callee that has one, not the nearest. */
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
