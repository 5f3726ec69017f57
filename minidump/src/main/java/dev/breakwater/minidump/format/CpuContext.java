package dev.breakwater.minidump.format;

import java.util.Arrays;

/** A thread's integer register state as captured in the dump. Immutable. */
public final class CpuContext {
  /** x86 register indexes. */
  public static final int EIP = 0, ESP = 1, EBP = 2, EBX = 3, ESI = 4, EDI = 5, EAX = 6;

  /** amd64 register indexes. */
  public static final int RBX = 3, RBP = 6, RSP = 7, RIP = 16;

  /** ARM register indexes (ARM64 uses 29..32 for fp, lr, sp, pc). */
  public static final int ARM_FP = 11, ARM_SP = 13, ARM_LR = 14, ARM_PC = 15;

  public static final int ARM64_FP = 29, ARM64_LR = 30, ARM64_SP = 31, ARM64_PC = 32;

  private final Cpu cpu;
  private final long contextFlags;
  private final long[] registers;

  public CpuContext(Cpu cpu, long contextFlags, long[] registers) {
    if (registers.length != cpu.registerCount()) {
      throw new IllegalArgumentException("expected " + cpu.registerCount() + " registers");
    }
    this.cpu = cpu;
    this.contextFlags = contextFlags;
    this.registers = registers.clone();
  }

  public Cpu cpu() {
    return cpu;
  }

  public long contextFlags() {
    return contextFlags;
  }

  public long get(int index) {
    return registers[index];
  }

  /** A copy of all registers, indexed as {@link Cpu#registers()}. */
  public long[] registers() {
    return registers.clone();
  }

  public long instructionPointer() {
    return registers[pcIndex(cpu)];
  }

  public long stackPointer() {
    return registers[spIndex(cpu)];
  }

  public static int pcIndex(Cpu cpu) {
    return switch (cpu) {
      case X86 -> EIP;
      case AMD64 -> RIP;
      case ARM -> ARM_PC;
      case ARM64 -> ARM64_PC;
    };
  }

  public static int spIndex(Cpu cpu) {
    return switch (cpu) {
      case X86 -> ESP;
      case AMD64 -> RSP;
      case ARM -> ARM_SP;
      case ARM64 -> ARM64_SP;
    };
  }

  @Override
  public String toString() {
    return cpu + Arrays.toString(registers);
  }
}
