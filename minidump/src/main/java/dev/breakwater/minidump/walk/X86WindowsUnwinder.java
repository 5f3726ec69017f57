package dev.breakwater.minidump.walk;

import static dev.breakwater.minidump.format.CpuContext.EBP;
import static dev.breakwater.minidump.format.CpuContext.EBX;
import static dev.breakwater.minidump.format.CpuContext.EDI;
import static dev.breakwater.minidump.format.CpuContext.EIP;
import static dev.breakwater.minidump.format.CpuContext.ESI;
import static dev.breakwater.minidump.format.CpuContext.ESP;

import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.symbols.PostfixEvaluator;
import dev.breakwater.minidump.symbols.WinFrameInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One step of Breakpad's x86 unwind by STACK WIN data
 * (StackwalkerX86::GetCallerByWindowsFrameInfo): run the record's program string (or a standard one
 * for FPO records), then, where the result looks doubtful, scan the stack for a better return
 * address and %ebp.
 */
final class X86WindowsUnwinder {
  private static final String FRAME_WITH_BASE_POINTER =
      "$eip .raSearchStart ^ = $ebp $esp .cbCalleeParams + .cbSavedRegs + 8 - ^ = "
          + "$esp .raSearchStart 4 + =";
  private static final String FRAME_WITHOUT_BASE_POINTER =
      "$eip .raSearchStart ^ = $esp .raSearchStart 4 + =";

  private final X86Walker walker;
  private final StackFrame last;
  private final WindowsFrameInfo info;
  private final boolean scanAllowed;
  private final Map<String, Long> dictionary = new HashMap<>();
  private final Set<String> assigned = new HashSet<>();
  private long calleeParameterSize;
  private long raSearchStart;
  private FrameTrust trust = FrameTrust.CFI;
  private boolean recoverEbp = true;

  X86WindowsUnwinder(
      X86Walker walker, StackFrame last, WindowsFrameInfo info, boolean scanAllowed) {
    this.walker = walker;
    this.last = last;
    this.info = info;
    this.scanAllowed = scanAllowed;
  }

  StackFrame callerFrame() {
    calleeParameterSize = walker.calleeParameterSize();
    prepareDictionary();
    String program = program();
    if (last.isValid(EBP) && program.indexOf('@') >= 0) {
      // An alignment operator made %esp-relative offsets unreliable; %ebp is the anchor.
      raSearchStart = mask(last.register(EBP) + 4);
    }
    dictionary.put(".raSearchStart", raSearchStart);
    dictionary.put(".raSearch", raSearchStart);
    boolean evaluated =
        PostfixEvaluator.evaluate(program, dictionary, walker.memory(), 4, assigned);
    if (!evaluated || !assigned.contains("$eip") || !assigned.contains("$esp")) {
      ReturnAddress found = scanAllowed ? walker.scan(last.register(ESP), last) : null;
      if (found == null) {
        return null;
      }
      dictionary.put("$eip", found.value());
      dictionary.put("$esp", mask(found.location() + 4));
      trust = FrameTrust.SCAN;
    }
    if (value("$eip") != 0 || value("$ebp") != 0) {
      refineByScanning();
    }
    return buildFrame();
  }

  private void prepareDictionary() {
    dictionary.put("$ebp", last.register(EBP));
    dictionary.put("$esp", last.register(ESP));
    if (last.isValid(EBX)) {
      dictionary.put("$ebx", last.register(EBX));
    }
    dictionary.put(".cbCalleeParams", calleeParameterSize);
    dictionary.put(".cbSavedRegs", info.savedRegisterSize());
    dictionary.put(".cbLocals", info.localSize());
    raSearchStart =
        mask(
            last.register(ESP) + calleeParameterSize + info.localSize() + info.savedRegisterSize());
    long original = raSearchStart;
    // Scan a few words in case the stack was aligned to a quadword boundary.
    ReturnAddress found = walker.scanWords(raSearchStart, 3);
    if (found != null) {
      raSearchStart = found.location();
      boolean systemCallReturned =
          last.trust() == FrameTrust.CONTEXT
              && info.type() == WinFrameInfo.TYPE_FPO
              && original == raSearchStart
              && found.value() == last.register(EIP);
      if (systemCallReturned) {
        // An FPO system call whose callee returned: the top word still points at the current
        // instruction, so skip it and look again.
        raSearchStart = mask(raSearchStart + 4);
        ReturnAddress again = walker.scanWords(raSearchStart, 3);
        if (again != null) {
          raSearchStart = again.location();
        }
      }
    }
    dictionary.put(".cbParams", info.parameterSize());
  }

  private String program() {
    if (!info.programString().isEmpty()) {
      return info.programString();
    }
    if (info.allocatesBasePointer()) {
      return FRAME_WITH_BASE_POINTER;
    }
    recoverEbp = false;
    return last.isValid(EBX)
        ? FRAME_WITHOUT_BASE_POINTER + " $ebx $ebx ="
        : FRAME_WITHOUT_BASE_POINTER;
  }

  /** Looks for a better return address when the program's is outside every module, then %ebp. */
  private void refineByScanning() {
    long offset = 0;
    long eip = value("$eip");
    if (walker.symbolizer().modules().forAddress(eip) == null) {
      long start = mask(value(".raSearchStart") + 4);
      ReturnAddress found = scanAllowed ? walker.scan(start, last) : null;
      if (found != null) {
        dictionary.put("$eip", found.value());
        dictionary.put("$esp", mask(found.location() + 4));
        offset = mask(found.location() - start);
        trust = FrameTrust.CFI_SCAN;
      }
    }
    if (recoverEbp) {
      recoverEbp(offset);
    }
  }

  /**
   * Scans the saved-register area, highest address first, for a value that points into the stack.
   */
  private void recoverEbp(long offset) {
    long ebp = value("$ebp");
    boolean skippedFrames = trust != FrameTrust.CFI && ebp <= mask(raSearchStart + offset);
    if (!skippedFrames && walker.memory().read(ebp, 4).isPresent()) {
      return;
    }
    long searchBytes = info.savedRegisterSize() + offset;
    long end = mask(last.register(ESP) + calleeParameterSize);
    long location = mask(end + searchBytes);
    for (long step = 0;
        step <= searchBytes / 4 && location >= end;
        step++, location = mask(location - 4)) {
      var candidate = walker.memory().read(location, 4);
      if (candidate.isEmpty()) {
        break;
      }
      if (walker.memory().read(candidate.getAsLong(), 4).isPresent()) {
        dictionary.put("$ebp", candidate.getAsLong());
        break;
      }
    }
  }

  private StackFrame buildFrame() {
    StackFrame frame = walker.emptyFrame(last, trust);
    frame.setRegister(EIP, value("$eip"));
    frame.setRegister(ESP, value("$esp"));
    frame.setRegister(EBP, value("$ebp"));
    if (assigned.contains("$ebx")) {
      frame.setRegister(EBX, value("$ebx"));
    }
    if (assigned.contains("$esi")) {
      frame.setRegister(ESI, value("$esi"));
    }
    if (assigned.contains("$edi")) {
      frame.setRegister(EDI, value("$edi"));
    }
    return frame;
  }

  private long value(String name) {
    return mask(dictionary.getOrDefault(name, 0L));
  }

  private static long mask(long value) {
    return value & 0xffffffffL;
  }
}
