package dev.breakwater.minidump.format;

import java.util.List;

/**
 * The CPUs whose contexts and stacks we understand, with their integer registers in a fixed index
 * order (the order Breakpad prints x86 and amd64 registers; architectural numbering for ARM).
 */
public enum Cpu {
  X86("x86", 4, List.of("eip", "esp", "ebp", "ebx", "esi", "edi", "eax", "ecx", "edx", "efl")),
  AMD64(
      "amd64",
      8,
      List.of(
          "rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12",
          "r13", "r14", "r15", "rip")),
  ARM(
      "arm",
      4,
      List.of(
          "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp",
          "lr", "pc")),
  ARM64("arm64", 8, arm64Names());

  private final String breakpadName;
  private final int pointerSize;
  private final List<String> registers;

  Cpu(String breakpadName, int pointerSize, List<String> registers) {
    this.breakpadName = breakpadName;
    this.pointerSize = pointerSize;
    this.registers = registers;
  }

  private static List<String> arm64Names() {
    String[] names = new String[33];
    for (int i = 0; i < 29; i++) {
      names[i] = "x" + i;
    }
    names[29] = "x29";
    names[30] = "x30";
    names[31] = "sp";
    names[32] = "pc";
    return List.of(names);
  }

  /** "x86", "amd64", "arm", "arm64". */
  public String breakpadName() {
    return breakpadName;
  }

  /** 4 or 8. */
  public int pointerSize() {
    return pointerSize;
  }

  /** Register names by index (the names used in .sym CFI rules, minus any '$'). */
  public List<String> registers() {
    return registers;
  }

  public int registerCount() {
    return registers.size();
  }

  /** Masks a value to the CPU's word size. */
  public long mask(long value) {
    return pointerSize == 4 ? value & 0xffffffffL : value;
  }

  /** The CPU a system-info processor architecture implies, or null. */
  public static Cpu fromArchitecture(int architecture) {
    return switch (architecture) {
      case RawSystemInfo.ARCH_X86, RawSystemInfo.ARCH_X86_WIN64 -> X86;
      case RawSystemInfo.ARCH_AMD64 -> AMD64;
      case RawSystemInfo.ARCH_ARM -> ARM;
      case RawSystemInfo.ARCH_ARM64, RawSystemInfo.ARCH_ARM64_OLD -> ARM64;
      default -> null;
    };
  }
}
