package dev.breakwater.minidump.model;

import dev.breakwater.minidump.format.Cpu;
import dev.breakwater.minidump.format.CpuContext;

/**
 * One frame of a call stack: where it executes, what symbols say about it, how it was found and the
 * registers recovered for it. Inline frames have trust {@link FrameTrust#INLINE} and no registers.
 * Mutable while the walker builds the stack, then read-only by convention.
 */
public final class StackFrame {
  /** Validity mask meaning "all registers" (Breakpad's CONTEXT_VALID_ALL). */
  public static final long ALL_VALID = -1L;

  private final Cpu cpu;
  private final long[] registers;
  private long validity;
  private long instruction;
  private FrameTrust trust;
  private Module module;
  private String function;
  private long functionBase;
  private String sourceFile;
  private int sourceLine;
  private long sourceLineBase;
  private boolean symbolsMissing;

  public StackFrame(Cpu cpu, long[] registers, long validity, FrameTrust trust) {
    this.cpu = cpu;
    this.registers = registers;
    this.validity = validity;
    this.trust = trust;
  }

  /** An inline frame at the same instruction as its enclosing real frame. */
  public static StackFrame inline(Cpu cpu, long instruction) {
    StackFrame frame = new StackFrame(cpu, null, 0, FrameTrust.INLINE);
    frame.instruction = instruction;
    return frame;
  }

  public Cpu cpu() {
    return cpu;
  }

  public boolean isInline() {
    return trust == FrameTrust.INLINE;
  }

  public long register(int index) {
    return registers[index];
  }

  public void setRegister(int index, long value) {
    registers[index] = cpu.mask(value);
    validity |= 1L << index;
  }

  /** Sets a value without marking it valid (registers copied through from the callee). */
  public void setRegisterKeepingValidity(int index, long value) {
    registers[index] = cpu.mask(value);
  }

  public boolean isValid(int index) {
    return (validity & (1L << index)) != 0;
  }

  public long validity() {
    return validity;
  }

  public void setValidity(long validity) {
    this.validity = validity;
  }

  public long[] registersCopy() {
    return registers == null ? null : registers.clone();
  }

  public long instruction() {
    return instruction;
  }

  public void setInstruction(long instruction) {
    this.instruction = instruction;
  }

  /**
   * The address Breakpad prints for the frame: the register value (the return address) on x86 and
   * amd64, the instruction address (return address minus one instruction) elsewhere.
   */
  public long returnAddress() {
    if (registers != null && (cpu == Cpu.X86 || cpu == Cpu.AMD64)) {
      return registers[CpuContext.pcIndex(cpu)];
    }
    return instruction;
  }

  public FrameTrust trust() {
    return trust;
  }

  public void setTrust(FrameTrust trust) {
    this.trust = trust;
  }

  public Module module() {
    return module;
  }

  public void setModule(Module module) {
    this.module = module;
  }

  public String function() {
    return function;
  }

  public long functionBase() {
    return functionBase;
  }

  public String sourceFile() {
    return sourceFile;
  }

  public int sourceLine() {
    return sourceLine;
  }

  public long sourceLineBase() {
    return sourceLineBase;
  }

  /** Fills the symbol fields (function or null, source file or null). */
  public void setSymbol(
      String function, long functionBase, String sourceFile, int sourceLine, long sourceLineBase) {
    this.function = function;
    this.functionBase = functionBase;
    this.sourceFile = sourceFile;
    this.sourceLine = sourceLine;
    this.sourceLineBase = sourceLineBase;
  }

  /** True when the frame's module has no symbols (or they could not be loaded). */
  public boolean symbolsMissing() {
    return symbolsMissing;
  }

  public void setSymbolsMissing(boolean symbolsMissing) {
    this.symbolsMissing = symbolsMissing;
  }
}
