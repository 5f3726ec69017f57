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
 *
 * <p>Much of it is guesswork that Breakpad does because Windows x86 debug data is known to be wrong
 * at times, and it is kept exactly as Breakpad has it, scans included: the output must match.
 */
final class X86WindowsUnwinder {
  /**
   * For an FPO frame that allocates %ebp for its own use: it saved the caller's %ebp in its
   * saved-register area, so the return address is above the callee's parameters, the saved
   * registers and the locals, and the caller's %ebp is read from the saved-register area. Visual
   * Studio 2005's compiler, with link-time code generation (/GL, /LTCG), can report a
   * saved-register size of 0 for such frames (they save at least %ebp), which is one reason the
   * result is then refined by scanning.
   */
  private static final String FRAME_WITH_BASE_POINTER =
      "$eip .raSearchStart ^ = $ebp $esp .cbCalleeParams + .cbSavedRegs + 8 - ^ = "
          + "$esp .raSearchStart 4 + =";

  /** For an FPO frame that does not touch %ebp: it is the caller's, unchanged. */
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
      // The program aligns the stack ('@'), which loses how far %esp moved, so .raSearchStart
      // computed from %esp is wrong; the frame's %ebp still points just below the return address.
      // mozilla-pgo/windows-x86.dmp's thread 9 (from frame 5, combase's RpcWorkerThreadEntry)
      // needs it (ConformanceTest).
      raSearchStart = mask(last.register(EBP) + 4);
    }
    // Breakpad gives .raSearch the same value; no record in practice needs them to differ.
    dictionary.put(".raSearchStart", raSearchStart);
    dictionary.put(".raSearch", raSearchStart);
    boolean evaluated =
        PostfixEvaluator.evaluate(program, dictionary, walker.memory(), 4, assigned);
    // A program that fails, or leaves %eip or %esp unset, often means %ebp did not point into the
    // stack: code without symbols and without frame pointers. Scan from %esp instead.
    if (!evaluated || !assigned.contains("$eip") || !assigned.contains("$esp")) {
      ReturnAddress found = scanAllowed ? walker.scan(last.register(ESP), last) : null;
      if (found == null) {
        return null;
      }
      dictionary.put("$eip", found.value());
      dictionary.put("$esp", mask(found.location() + 4));
      trust = FrameTrust.SCAN;
    }
    // A program that yields both %eip and %ebp zero has reached the thread's first frame; no scan
    // may then invent callers beyond it. (No corpus dump depends on it.)
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
    // The function may have aligned %esp (to 8 bytes, or, seen in practice, 64, which three words
    // cannot cover), so the computed start can fall short of the return address; look up to three
    // words further (four, with the inclusive bound). Breakpad itself calls this guesswork.
    // mozilla-pgo/windows-x86.dmp's threads 54 and 55 need it (ConformanceTest).
    ReturnAddress found = walker.scanWords(raSearchStart, 3);
    if (found != null) {
      raSearchStart = found.location();
      boolean systemCallReturned =
          last.trust() == FrameTrust.CONTEXT
              && info.type() == WinFrameInfo.TYPE_FPO
              && original == raSearchStart
              && found.value() == last.register(EIP);
      if (systemCallReturned) {
        // The crash context is in an FPO system-call stub whose kernel call has returned: the top
        // of the stack still holds a pointer to the current instruction, not the caller's return
        // address. Skip that word and look again. (No corpus dump crashed in such a stub.)
        raSearchStart = mask(raSearchStart + 4);
        ReturnAddress again = walker.scanWords(raSearchStart, 3);
        if (again != null) {
          raSearchStart = again.location();
        }
      }
    }
    dictionary.put(".cbParams", info.parameterSize());
  }

  /**
   * The record's own program (FrameData records carry one), or, for FPO records, the standard one
   * for the frame's kind. A function that does not use %ebp has no saved %ebp to recover; %ebx is
   * passed through as well, as simple forwarding functions in ntdll leave it unchanged and some
   * walks need it; the %ebx that the human output prints for such frames of
   * mozilla-pgo/windows-x86.dmp comes from this (ConformanceTest).
   */
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

  /**
   * When the program's %eip is in no module, the debug data was wrong (or .raSearchStart was, see
   * above): scan on from just above it for a better return address, which makes the frame CFI_SCAN.
   * Then recover %ebp, if the frame kind saved it. In mozilla-pgo/windows-x86.dmp's thread 2 the
   * program gives frame 1 the %eip 0xfffffffe, and the scan finds ntdll's wcstombs, as in
   * Breakpad's output (ConformanceTest).
   */
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
   * Scans the saved-register area, highest address first (a prologue saves %ebp early), widened by
   * how far the return-address scan moved, for a value that points into the stack; that is taken as
   * the caller's %ebp. Done only when the %ebp the program produced does not point into the stack,
   * or when frames were probably skipped. (No corpus dump needs the recovery.)
   */
  private void recoverEbp(long offset) {
    long ebp = value("$ebp");
    // A scan can skip frames whose return addresses are in no module; an %ebp at or below the
    // return address found then belongs to a skipped frame, not to the caller.
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
