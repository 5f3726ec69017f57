package dev.breakwater.minidump.model;

import java.util.List;

/**
 * One thread's walked stack.
 *
 * @param threadId the thread's id in the dump
 * @param threadName name from the thread-name stream, or null
 * @param frames frames from the innermost out; inline frames precede the frame they are inlined in
 * @param stackBase start of the captured stack memory (0 when none)
 * @param stackSize size of the captured stack memory (0 when none)
 * @param dumpThread true for the thread that wrote the dump; like Breakpad we do not walk it, and
 *     Breakpad's outputs leave it out (rust-minidump's JSON lists it with no frames)
 */
public record CallStack(
    long threadId,
    String threadName,
    List<StackFrame> frames,
    long stackBase,
    long stackSize,
    boolean dumpThread) {

  /** Frames that are not inline (rust-minidump's frame list nests inlines inside them). */
  public List<StackFrame> realFrames() {
    return frames.stream().filter(frame -> !frame.isInline()).toList();
  }
}
