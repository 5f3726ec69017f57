package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.AssertionInfo;
import dev.breakwater.minidump.format.RawException;
import dev.breakwater.minidump.format.RawSystemInfo;
import java.util.List;

/** Breakpad's crash reason text, crash address and assertion text. */
public final class CrashReasons {
  private static final List<String> FUCHSIA =
      List.of(
          "GENERAL",
          "FATAL_PAGE_FAULT",
          "UNDEFINED_INSTRUCTION",
          "SW_BREAKPOINT",
          "HW_BREAKPOINT",
          "UNALIGNED_ACCESS",
          "THREAD_STARTING",
          "THREAD_EXITING",
          "POLICY_ERROR",
          "PROCESS_STARTING");
  private static final long[] FUCHSIA_CODES = {
    0x8, 0x108, 0x208, 0x308, 0x408, 0x508, 0x8008, 0x8108, 0x8208, 0x8308
  };

  private CrashReasons() {}

  /** The reason string for an exception; {@code system} may be null. */
  public static String reason(RawException exception, RawSystemInfo system) {
    long code = exception.code();
    long flags = exception.flags();
    String numeric = String.format("0x%08x / 0x%08x", code, flags);
    if (system == null) {
      return numeric;
    }
    String reason = null;
    long platform = system.platformId();
    if (platform == RawSystemInfo.OS_WIN32_NT || platform == RawSystemInfo.OS_WIN32_WINDOWS) {
      reason = WindowsCrashReason.reason(exception);
    } else if (platform == RawSystemInfo.OS_LINUX || platform == RawSystemInfo.OS_ANDROID) {
      reason = LinuxCrashReason.reason(code, flags);
    } else if (platform == RawSystemInfo.OS_MAC_OS_X || platform == RawSystemInfo.OS_IOS) {
      reason = MacCrashReason.reason(code, flags, system.processorArchitecture());
    } else if (platform == RawSystemInfo.OS_FUCHSIA) {
      reason = fuchsia(code, flags);
    }
    return reason != null ? reason : numeric;
  }

  private static String fuchsia(long code, long flags) {
    for (int i = 0; i < FUCHSIA_CODES.length; i++) {
      if (FUCHSIA_CODES[i] == code) {
        return FUCHSIA.get(i) + String.format(" / 0x%08x", flags);
      }
    }
    return null;
  }

  /**
   * The crash address: the exception address, or for Windows access violations and in-page errors
   * the data address; masked to 32 bits on 32-bit CPUs (only when system info exists).
   */
  public static long address(RawException exception, RawSystemInfo system) {
    long address = exception.address();
    if (system == null) {
      return address;
    }
    long platform = system.platformId();
    boolean windows =
        platform == RawSystemInfo.OS_WIN32_NT || platform == RawSystemInfo.OS_WIN32_WINDOWS;
    if (windows
        && WindowsCrashReason.addressInParameter(exception.code())
        && exception.parameterCount() >= 2) {
      address = exception.information()[1];
    }
    return switch (system.processorArchitecture()) {
      case RawSystemInfo.ARCH_X86,
          RawSystemInfo.ARCH_MIPS,
          RawSystemInfo.ARCH_PPC,
          RawSystemInfo.ARCH_SHX,
          RawSystemInfo.ARCH_ARM,
          RawSystemInfo.ARCH_X86_WIN64 ->
          address & 0xffffffffL;
      default -> address;
    };
  }

  /** Breakpad's one-line description of an assertion stream. */
  public static String assertion(AssertionInfo info) {
    StringBuilder text = new StringBuilder();
    if (info.type() == AssertionInfo.TYPE_INVALID_PARAMETER) {
      text.append("Invalid parameter passed to library function");
    } else if (info.type() == AssertionInfo.TYPE_PURE_VIRTUAL_CALL) {
      text.append("Pure virtual function called");
    } else {
      text.append(String.format("Unknown assertion type 0x%08x", info.type()));
    }
    if (!info.expression().isEmpty()) {
      text.append(' ').append(info.expression());
    }
    if (!info.function().isEmpty()) {
      text.append(" in function ").append(info.function());
    }
    if (!info.file().isEmpty()) {
      text.append(", in file ").append(info.file());
    }
    if (info.line() != 0) {
      text.append(" at line ").append(info.line());
    }
    return text.toString();
  }
}
