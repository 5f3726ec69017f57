package dev.breakwater.minidump.format;

/**
 * Decodes a CPU context, choosing the CPU the way Breakpad does: by the context size first (the
 * amd64 context has its flags in the middle, the old Breakpad arm64 context has 64-bit flags), then
 * by the CPU bits of the flags, falling back to the system info's architecture.
 *
 * <p>Folklore: Windows writes contexts with an XSAVE area appended (1407 bytes for amd64, 1147 for
 * x86; corpus: tiny-exe-with-cet-xsave.dmp and tiny-exe-with-cet-xsave-x86.dmp). The integer
 * registers sit at the usual offsets, so a context at least as large as the basic structure is read
 * as that structure (ContextReaderTest).
 */
public final class ContextReader {
  static final int X86_SIZE = 716;
  static final int AMD64_SIZE = 1232;
  static final int ARM_SIZE = 368;
  static final int ARM64_SIZE = 912;
  static final int ARM64_OLD_SIZE = 796;

  static final long FLAG_X86 = 0x00010000L;
  static final long FLAG_AMD64 = 0x00100000L;
  static final long FLAG_ARM = 0x40000000L;
  static final long FLAG_ARM64 = 0x00400000L;
  static final long FLAG_ARM64_OLD = 0x80000000L;
  static final long FLAG_ARM_OLD = 0x00000040L;
  static final long CPU_MASK = 0xffffff00L;

  private ContextReader() {}

  /**
   * Reads the context at {@code location}; {@code systemCpu} is the CPU the system info names (or
   * null). Throws {@link FormatException} when the context is unreadable or names another CPU.
   */
  public static CpuContext read(ByteSource data, Location location, Cpu systemCpu) {
    long size = location.size();
    long at = location.rva();
    if (size == 0 || !data.contains(at, size)) {
      throw new FormatException("context of " + size + " bytes at " + at + " is outside the file");
    }
    CpuContext context;
    if (size == AMD64_SIZE || (systemCpu == Cpu.AMD64 && size >= AMD64_SIZE)) {
      context = amd64(data, at, systemCpu);
    } else if (size == ARM64_OLD_SIZE) {
      context = arm64Old(data, at);
    } else {
      context = byFlags(data, at, size, systemCpu);
    }
    if (systemCpu != null && context.cpu() != systemCpu) {
      throw new FormatException(
          "context for " + context.cpu() + " does not match the system info's " + systemCpu);
    }
    return context;
  }

  private static CpuContext byFlags(ByteSource data, long at, long size, Cpu systemCpu) {
    long flags = data.u32(at);
    long cpuBits = flags & CPU_MASK;
    if (cpuBits == 0 && (flags & FLAG_ARM_OLD) != 0) {
      // The legacy ARM flag collides with CONTEXT_XSTATE; Breakpad renumbered it.
      cpuBits = FLAG_ARM;
    }
    Cpu cpu = cpuFromFlags(cpuBits);
    if (cpuBits == 0) {
      cpu = systemCpu;
    }
    if (cpu == null) {
      throw new FormatException(String.format("unsupported context flags 0x%08x", flags));
    }
    long needed =
        switch (cpu) {
          case X86 -> X86_SIZE;
          case ARM -> ARM_SIZE;
          case ARM64 -> ARM64_SIZE;
          case AMD64 -> AMD64_SIZE;
        };
    if (size < needed) {
      throw new FormatException(cpu + " context of " + size + " bytes is too short");
    }
    return switch (cpu) {
      case X86 -> x86(data, at, flags);
      case ARM -> arm(data, at, flags);
      case ARM64 -> arm64(data, at, flags);
      case AMD64 -> amd64(data, at, systemCpu);
    };
  }

  private static Cpu cpuFromFlags(long cpuBits) {
    if (cpuBits == FLAG_X86) {
      return Cpu.X86;
    } else if (cpuBits == FLAG_AMD64) {
      return Cpu.AMD64;
    } else if (cpuBits == FLAG_ARM) {
      return Cpu.ARM;
    } else if (cpuBits == FLAG_ARM64) {
      return Cpu.ARM64;
    }
    return null;
  }

  private static CpuContext x86(ByteSource data, long at, long flags) {
    long[] offsets = {184, 196, 180, 164, 160, 156, 176, 172, 168, 192};
    long[] registers = new long[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      registers[i] = data.u32(at + offsets[i]);
    }
    return new CpuContext(Cpu.X86, flags, registers);
  }

  private static CpuContext amd64(ByteSource data, long at, Cpu systemCpu) {
    long flags = data.u32(at + 48);
    long cpuBits = flags & CPU_MASK;
    if (cpuBits != FLAG_AMD64 && !(cpuBits == 0 && systemCpu == Cpu.AMD64)) {
      throw new FormatException(String.format("amd64-sized context with flags 0x%08x", flags));
    }
    long[] offsets = {120, 136, 128, 144, 168, 176, 160, 152};
    long[] registers = new long[17];
    for (int i = 0; i < offsets.length; i++) {
      registers[i] = data.u64(at + offsets[i]);
    }
    for (int i = 0; i < 8; i++) {
      registers[8 + i] = data.u64(at + 184 + 8L * i);
    }
    registers[16] = data.u64(at + 248);
    return new CpuContext(Cpu.AMD64, flags, registers);
  }

  private static CpuContext arm(ByteSource data, long at, long flags) {
    long[] registers = new long[16];
    for (int i = 0; i < 16; i++) {
      registers[i] = data.u32(at + 4 + 4L * i);
    }
    return new CpuContext(Cpu.ARM, flags, registers);
  }

  private static CpuContext arm64(ByteSource data, long at, long flags) {
    long[] registers = new long[33];
    for (int i = 0; i < 33; i++) {
      registers[i] = data.u64(at + 8 + 8L * i);
    }
    return new CpuContext(Cpu.ARM64, flags, registers);
  }

  /** Breakpad's pre-2017 arm64 layout: 64-bit flags, then x0..x31 and pc, then cpsr. */
  private static CpuContext arm64Old(ByteSource data, long at) {
    long flags = data.u64(at);
    if ((flags & FLAG_ARM64_OLD) == 0) {
      throw new FormatException(String.format("old arm64-sized context with flags 0x%x", flags));
    }
    long[] registers = new long[33];
    for (int i = 0; i < 33; i++) {
      registers[i] = data.u64(at + 8 + 8L * i);
    }
    return new CpuContext(Cpu.ARM64, flags, registers);
  }
}
