package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.RawSystemInfo;
import java.util.Map;

/** Breakpad's names for Mach exception types and codes (macOS and iOS). */
final class MacCrashReason {
  static final long BAD_ACCESS = 1;
  static final long BAD_INSTRUCTION = 2;
  static final long ARITHMETIC = 3;
  static final long EMULATION = 4;
  static final long SOFTWARE = 5;
  static final long BREAKPOINT = 6;
  static final long SYSCALL = 7;
  static final long MACH_SYSCALL = 8;
  static final long RPC_ALERT = 9;
  static final long RESOURCE = 11;
  static final long GUARD = 12;

  /** Crashpad's 'CPsx': a simulated exception (a dump requested without a crash). */
  static final long SIMULATED = 0x43507378L;

  /** Crashpad's 'CPnx': an uncaught NSException. */
  static final long NS_EXCEPTION = 0x43506e78L;

  private static final Map<Long, String> KERN =
      Map.of(
          1L,
          "KERN_INVALID_ADDRESS",
          2L,
          "KERN_PROTECTION_FAILURE",
          8L,
          "KERN_NO_ACCESS",
          9L,
          "KERN_MEMORY_FAILURE",
          10L,
          "KERN_MEMORY_ERROR",
          50L,
          "KERN_CODESIGN_ERROR");
  private static final Map<Long, String> X86_INSTRUCTION =
      Map.of(
          1L,
          "EXC_I386_INVOP",
          10L,
          "EXC_I386_INVTSSFLT",
          11L,
          "EXC_I386_SEGNPFLT",
          12L,
          "EXC_I386_STKFLT",
          13L,
          "EXC_I386_GPFLT",
          17L,
          "EXC_I386_ALIGNFLT");
  private static final Map<Long, String> X86_ARITHMETIC =
      Map.of(
          1L,
          "EXC_I386_DIV",
          2L,
          "EXC_I386_INTO",
          3L,
          "EXC_I386_NOEXT",
          4L,
          "EXC_I386_EXTOVR",
          5L,
          "EXC_I386_EXTERR",
          6L,
          "EXC_I386_EMERR",
          7L,
          "EXC_I386_BOUND",
          8L,
          "EXC_I386_SSEEXTERR");
  private static final Map<Long, String> SOFTWARE_CODES =
      Map.of(
          0x10002L,
          "SIGABRT",
          0xdeadc0deL,
          "UNCAUGHT_NS_EXCEPTION",
          1L,
          "EXC_PPC_TRAP",
          0x10100L,
          "EXC_PPC_MIGRATE");

  private MacCrashReason() {}

  /** The reason, or null when the exception type is unknown. */
  static String reason(long code, long flags, int architecture) {
    String flagsText = String.format("0x%08x", flags);
    boolean x86 =
        architecture == RawSystemInfo.ARCH_X86 || architecture == RawSystemInfo.ARCH_AMD64;
    boolean arm =
        architecture == RawSystemInfo.ARCH_ARM || architecture == RawSystemInfo.ARCH_ARM64_OLD;
    if (code == BAD_ACCESS) {
      String name = KERN.get(flags);
      if (name == null && arm) {
        name = flags == 0x101 ? "EXC_ARM_DA_ALIGN" : flags == 0x102 ? "EXC_ARM_DA_DEBUG" : null;
      } else if (name == null && x86 && flags == 13) {
        name = "EXC_I386_GPFLT";
      }
      return "EXC_BAD_ACCESS / " + (name != null ? name : flagsText);
    } else if (code == BAD_INSTRUCTION) {
      String name =
          x86 ? X86_INSTRUCTION.get(flags) : arm && flags == 1 ? "EXC_ARM_UNDEFINED" : null;
      return "EXC_BAD_INSTRUCTION / " + (name != null ? name : flagsText);
    } else if (code == ARITHMETIC) {
      String name = x86 ? X86_ARITHMETIC.get(flags) : null;
      return "EXC_ARITHMETIC / " + (name != null ? name : flagsText);
    } else if (code == SOFTWARE) {
      String name = SOFTWARE_CODES.get(flags);
      return "EXC_SOFTWARE / " + (name != null ? name : flagsText);
    } else if (code == BREAKPOINT) {
      return "EXC_BREAKPOINT / " + breakpoint(flags, x86, arm, flagsText);
    }
    return simple(code, flagsText);
  }

  private static String breakpoint(long flags, boolean x86, boolean arm, String flagsText) {
    if (arm) {
      return flags == 0x101
          ? "EXC_ARM_DA_ALIGN"
          : flags == 0x102 ? "EXC_ARM_DA_DEBUG" : flags == 1 ? "EXC_ARM_BREAKPOINT" : flagsText;
    }
    if (x86) {
      return flags == 1 ? "EXC_I386_SGL" : flags == 2 ? "EXC_I386_BPT" : flagsText;
    }
    return flagsText;
  }

  private static String simple(long code, String flagsText) {
    if (code == EMULATION) {
      return "EXC_EMULATION / " + flagsText;
    } else if (code == SYSCALL) {
      return "EXC_SYSCALL / " + flagsText;
    } else if (code == MACH_SYSCALL) {
      return "EXC_MACH_SYSCALL / " + flagsText;
    } else if (code == RPC_ALERT) {
      return "EXC_RPC_ALERT / " + flagsText;
    } else if (code == RESOURCE) {
      return "EXC_RESOURCE / " + flagsText;
    } else if (code == GUARD) {
      return "EXC_GUARD / " + flagsText;
    } else if (code == SIMULATED) {
      return "Simulated Exception";
    } else if (code == NS_EXCEPTION) {
      return "Uncaught NSException";
    }
    return null;
  }
}
