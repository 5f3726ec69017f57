package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.format.CpuContext;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.StackFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Breakpad's generic stack walk: start with the context frame, symbolize each frame, then ask the
 * CPU-specific walker for its caller until none is found. Termination is guaranteed by the frame
 * limit and by {@link #terminate}, which requires the stack pointer to grow strictly.
 */
public abstract class StackWalker {
  /**
   * Words Breakpad scans for a return address: 40 from an unwound frame, four times as many from
   * the context frame, whose stack pointer can be far below the return address (a crash in the
   * middle of a function's frame, or in generated code that nothing describes).
   */
  static final int SCAN_WORDS = 40;

  protected final Cpu cpu;
  protected final StackMemory memory;
  protected final FrameSymbolizer symbolizer;
  protected final String osShort;
  private final WalkLimits limits;
  private Deadline deadline = Deadline.none();
  protected final List<StackFrame> frames = new ArrayList<>();

  protected StackWalker(
      Cpu cpu, StackMemory memory, FrameSymbolizer symbolizer, String osShort, WalkLimits limits) {
    this.cpu = cpu;
    this.memory = memory;
    this.symbolizer = symbolizer;
    this.osShort = osShort;
    this.limits = limits;
  }

  /** Stops later walks of this walker when {@code deadline} has passed. */
  public StackWalker until(Deadline deadline) {
    this.deadline = deadline;
    return this;
  }

  /** Walks the stack that starts at {@code context}. */
  public List<StackFrame> walk(CpuContext context) {
    frames.clear();
    StackFrame frame = contextFrame(context);
    int scanned = 0;
    while (frame != null) {
      List<StackFrame> inlines = new ArrayList<>();
      symbolizer.fill(frame, inlines);
      if (frame.trust().isDubious()) {
        scanned++;
      }
      frames.addAll(inlines);
      frames.add(frame);
      if (frames.size() > limits.maxFrames() || deadline.passed()) {
        break;
      }
      // Scanning is what turns a garbage stack into thousands of plausible-looking frames, so like
      // Breakpad the walk stops trying it once that many frames came from scans; CFI and frame
      // pointers may still go on. Without stack memory (none in the dump, or an x86 region above
      // 4 GiB) only the context frame is known.
      frame = memory == null ? null : callerFrame(scanned < limits.maxScannedFrames());
    }
    return new ArrayList<>(frames);
  }

  /** The frame the context describes, with all registers valid. */
  protected StackFrame contextFrame(CpuContext context) {
    StackFrame frame =
        new StackFrame(cpu, context.registers(), StackFrame.ALL_VALID, FrameTrust.CONTEXT);
    frame.setInstruction(context.instructionPointer());
    return frame;
  }

  /** The caller of the last frame, or null at the end of the stack. */
  protected abstract StackFrame callerFrame(boolean scanAllowed);

  protected StackFrame lastFrame() {
    return frames.get(frames.size() - 1);
  }

  /** The innermost real (non-inline) frame before the last one, or null. */
  protected StackFrame calleeOfLast() {
    for (int i = frames.size() - 2; i >= 0; i--) {
      if (!frames.get(i).isInline()) {
        return frames.get(i);
      }
    }
    return null;
  }

  /**
   * Breakpad's TerminateWalk. An instruction pointer in the first page is the end of the stack
   * (threads start with a zero return address, or one read from zeroed memory), not a frame. The
   * stack pointer must grow, so that every walk ends even on a stack of cycles
   * (RobustnessTest.aFramePointerCycleEndsTheWalk); only the first unwind may keep it unchanged,
   * because a crashing leaf that pushed nothing has its caller's stack pointer
   * (MinidumpProcessorTest.arm64LeafAtTheTopKeepsTheStackPointerOnTheFirstUnwindOnly).
   */
  protected boolean terminate(long callerIp, long callerSp, long calleeSp, boolean firstUnwind) {
    if (Long.compareUnsigned(callerIp, 1 << 12) < 0) {
      return true;
    }
    int order = Long.compareUnsigned(callerSp, calleeSp);
    return firstUnwind ? order < 0 : order <= 0;
  }

  /** A word-sized read of the stack, empty outside it. */
  protected OptionalLong readWord(long address) {
    return memory.read(cpu.mask(address), cpu.pointerSize());
  }

  /**
   * Scans for a return address, farther when the last frame is the context frame (see {@link
   * #SCAN_WORDS}). Frame 1 of breakpad/linux_inline.dmp, in ld-linux-x86-64.so.2, is found only by
   * the longer scan (ConformanceTest, InlineFramesTest).
   */
  ReturnAddress scanForReturnAddress(long start, boolean fromContextFrame) {
    return scanForReturnAddress(start, fromContextFrame ? SCAN_WORDS * 4 : SCAN_WORDS);
  }

  /**
   * Looks at the stack words from {@code start} for one that could be a return address: the last
   * resort of every walker, and the one that invents frames, since anything on the stack that
   * points into code (a saved function pointer, the stale return address of an earlier call)
   * passes. The candidates are cut down as Breakpad cuts them:
   *
   * <ul>
   *   <li>Breakpad's bound is inclusive: {@code words + 1} words are read
   *       (MinidumpProcessorTest.scanningFromTheContextFrameReadsOneWordPastItsCount).
   *   <li>The value minus one must be in a module: a return address follows its CALL, and after a
   *       call to a noreturn function at the very end of a function it is already the next
   *       function's first byte, or past the module's end. It also rejects a module's base address
   *       itself, which stacks hold as a plain pointer: without it breakpad/linux_null_read_av.dmp
   *       and linux_overflow.dmp gain a last frame at linux-gate.so's base, tiny-exe-fastfail.dmp
   *       one at ntdll.dll's (ConformanceTest; also JsonSnapshotTest's linux-mini).
   *   <li>When the module's symbols are loaded, a FUNC or PUBLIC must cover it ({@link
   *       FrameSymbolizer#seemsValid}); without symbols any address in the module passes. Without
   *       this check breakpad/linux_null_read_av.dmp gains a frame at null_read_av+0x40, inside its
   *       ELF header, and ten corpus dumps differ (ConformanceTest, JsonSnapshotTest);
   *       SymbolizedWalkTest.scanningSkipsAddressesThatNoSymbolCovers.
   *   <li>The scan stops at the first unreadable word: the stack region has ended.
   * </ul>
   *
   * Returns the first candidate, or null.
   */
  ReturnAddress scanForReturnAddress(long start, int words) {
    int size = cpu.pointerSize();
    long end = cpu.mask(start + (long) words * size);
    long location = start;
    for (int i = 0; i <= words; i++, location = cpu.mask(location + size)) {
      // Where the end wraps past the top of the address space (32 bits on 32-bit CPUs), only the
      // first word is read.
      if (Long.compareUnsigned(location, end) > 0 && i > 0) {
        break;
      }
      OptionalLong value = memory.read(location, size);
      if (value.isEmpty()) {
        break;
      }
      long candidate = cpu.mask(value.getAsLong() - 1);
      if (symbolizer.modules().forAddress(candidate) != null && symbolizer.seemsValid(candidate)) {
        return new ReturnAddress(location, value.getAsLong());
      }
    }
    return null;
  }

  /** A new frame of this CPU with no valid registers yet. */
  protected StackFrame newFrame(FrameTrust trust) {
    return new StackFrame(cpu, new long[cpu.registerCount()], 0, trust);
  }

  /** A new frame whose registers start as a copy of {@code from}'s (validity set separately). */
  protected StackFrame copyOf(StackFrame from, FrameTrust trust, long validity) {
    return new StackFrame(cpu, from.registersCopy(), validity, trust);
  }
}
