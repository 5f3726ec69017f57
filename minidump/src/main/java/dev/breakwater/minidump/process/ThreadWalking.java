package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.ContextReader;
import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.format.CpuContext;
import dev.breakwater.minidump.format.FormatException;
import dev.breakwater.minidump.format.Location;
import dev.breakwater.minidump.format.MemoryDescriptor;
import dev.breakwater.minidump.format.RawThread;
import dev.breakwater.minidump.model.CallStack;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.model.SystemInfo;
import dev.breakwater.minidump.walk.Amd64Walker;
import dev.breakwater.minidump.walk.Arm64Walker;
import dev.breakwater.minidump.walk.ArmWalker;
import dev.breakwater.minidump.walk.Deadline;
import dev.breakwater.minidump.walk.FrameSymbolizer;
import dev.breakwater.minidump.walk.MemoryBudget;
import dev.breakwater.minidump.walk.StackMemory;
import dev.breakwater.minidump.walk.StackWalker;
import dev.breakwater.minidump.walk.WalkLimits;
import dev.breakwater.minidump.walk.X86Walker;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks every thread as Breakpad's MinidumpProcessor does: the thread that wrote the dump is left
 * out, and the crashing thread is walked from the exception's context.
 */
public final class ThreadWalking {
  /**
   * All threads in dump order and the index of the requesting (crashing) thread among the walked
   * ones (all but the dump-writing thread), or -1.
   */
  public record Result(
      List<CallStack> threads, int requestingThread, boolean timedOut, int threadsNotWalked) {}

  private final ParsedDump parsed;
  private final SystemInfo system;
  private final FrameSymbolizer symbolizer;
  private final WalkLimits limits;
  private final List<String> problems;
  private final Cpu systemCpu;
  private final Deadline deadline;
  private final MemoryBudget budget;
  private int threadsNotWalked;

  public ThreadWalking(
      ParsedDump parsed,
      SystemInfo system,
      FrameSymbolizer symbolizer,
      WalkLimits limits,
      Deadline deadline,
      MemoryBudget budget,
      List<String> problems) {
    this.deadline = deadline;
    this.budget = budget;
    this.parsed = parsed;
    this.system = system;
    this.symbolizer = symbolizer;
    this.limits = limits;
    this.problems = problems;
    this.systemCpu =
        parsed.systemInfo() == null
            ? null
            : Cpu.fromArchitecture(parsed.systemInfo().processorArchitecture());
  }

  public Result walkAll() {
    List<CallStack> stacks = new ArrayList<>();
    if (parsed.threads() == null) {
      return new Result(stacks, -1, false, 0);
    }
    var breakpad = parsed.breakpadInfo();
    boolean hasDumpThread = breakpad != null && breakpad.hasDumpThread();
    boolean hasRequesting = breakpad != null && breakpad.hasRequestingThread();
    long requestingId = hasRequesting ? breakpad.requestingThreadId() : 0;
    var exception = parsed.exception();
    if (exception != null) {
      hasRequesting = true;
      requestingId = exception.threadId();
    }
    int requesting = -1;
    int walked = 0;
    for (RawThread thread : parsed.threads()) {
      if (hasDumpThread && thread.threadId() == breakpad.dumpThreadId()) {
        stacks.add(new CallStack(thread.threadId(), threadName(thread), List.of(), 0, 0, true));
        continue;
      }
      Location contextLocation = thread.context();
      if (hasRequesting && thread.threadId() == requestingId) {
        if (requesting >= 0) {
          problems.add("more than one thread with the requesting thread's id " + requestingId);
        } else {
          requesting = walked;
          if (exception != null && context(exception.context()) != null) {
            contextLocation = exception.context();
          }
        }
      }
      stacks.add(walk(thread, context(contextLocation)));
      walked++;
    }
    if (deadline.passed()) {
      problems.add("time budget exceeded: stacks are incomplete");
    }
    if (threadsNotWalked > 0) {
      problems.add(
          "memory budget of %d bytes reached: %d threads not walked"
              .formatted(budget.limitBytes(), threadsNotWalked));
    }
    return new Result(stacks, requesting, deadline.passed(), threadsNotWalked);
  }

  private CpuContext context(Location location) {
    try {
      return ContextReader.read(parsed.dump().data(), location, systemCpu);
    } catch (FormatException e) {
      problems.add("context at " + location.rva() + ": " + e.getMessage());
      return null;
    }
  }

  private CallStack walk(RawThread thread, CpuContext context) {
    StackMemory memory = stackMemory(thread);
    String name = threadName(thread);
    if (context == null || deadline.passed()) {
      return new CallStack(thread.threadId(), name, List.of(), 0, 0, false);
    }
    if (budget.framesExhausted()) {
      threadsNotWalked++;
      return new CallStack(thread.threadId(), name, List.of(), 0, 0, false);
    }
    List<StackFrame> frames = walker(context.cpu(), memory).until(deadline).walk(context);
    budget.chargeFrames(frames.size());
    return new CallStack(
        thread.threadId(),
        name,
        frames,
        memory == null ? 0 : memory.base(),
        memory == null ? 0 : memory.size(),
        false);
  }

  private String threadName(RawThread thread) {
    return parsed.extras().threadNames().get(thread.threadId());
  }

  private StackWalker walker(Cpu cpu, StackMemory memory) {
    String osShort = system.osShort();
    return switch (cpu) {
      case X86 -> new X86Walker(memory, symbolizer, osShort, limits);
      case AMD64 -> new Amd64Walker(memory, symbolizer, osShort, limits);
      case ARM -> new ArmWalker(memory, symbolizer, osShort, system.os(), limits);
      case ARM64 -> new Arm64Walker(memory, symbolizer, osShort, limits);
    };
  }

  /** The thread's own stack region, else the memory-list region holding its stack start. */
  private StackMemory stackMemory(RawThread thread) {
    MemoryDescriptor stack = thread.stack();
    Location location = stack.memory();
    if (location.rva() != 0 && location.size() != 0) {
      return new StackMemory(parsed.dump().data(), stack.start(), location.size(), location.rva());
    }
    if (stack.start() == 0) {
      return null;
    }
    for (MemoryDescriptor region : parsed.memory()) {
      long offset = stack.start() - region.start();
      if (Long.compareUnsigned(stack.start(), region.start()) >= 0
          && Long.compareUnsigned(offset, region.memory().size()) < 0) {
        return new StackMemory(
            parsed.dump().data(), region.start(), region.memory().size(), region.memory().rva());
      }
    }
    return null;
  }
}
