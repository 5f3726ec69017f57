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
  /** Words Breakpad scans for a return address (four times as many from the context frame). */
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
   * Breakpad's TerminateWalk: an instruction pointer below 4 KiB ends the stack, and the stack
   * pointer must grow (it may stay equal on the first unwind, for leaf functions).
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

  /** Scans for a return address, farther when the last frame is the context frame. */
  ReturnAddress scanForReturnAddress(long start, boolean fromContextFrame) {
    return scanForReturnAddress(start, fromContextFrame ? SCAN_WORDS * 4 : SCAN_WORDS);
  }

  /**
   * Looks at {@code words + 1} stack words from {@code start} for a value that, minus one, lies in
   * a loaded module and {@link FrameSymbolizer#seemsValid seems valid}. Returns the first found or
   * null.
   */
  ReturnAddress scanForReturnAddress(long start, int words) {
    int size = cpu.pointerSize();
    long end = cpu.mask(start + (long) words * size);
    long location = start;
    for (int i = 0; i <= words; i++, location = cpu.mask(location + size)) {
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
