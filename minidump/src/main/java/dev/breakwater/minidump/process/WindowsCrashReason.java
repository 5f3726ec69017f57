package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.RawException;
import java.util.Map;

/** Breakpad's names for Windows exception codes. */
final class WindowsCrashReason {
  static final long ACCESS_VIOLATION = 0xc0000005L;
  static final long IN_PAGE_ERROR = 0xc0000006L;
  static final long STACK_BUFFER_OVERRUN = 0xc0000409L;

  private static final Map<Long, String> NAMES =
      Map.ofEntries(
          Map.entry(0x40010005L, "DBG_CONTROL_C"),
          Map.entry(0x80000001L, "EXCEPTION_GUARD_PAGE"),
          Map.entry(0x80000002L, "EXCEPTION_DATATYPE_MISALIGNMENT"),
          Map.entry(0x80000003L, "EXCEPTION_BREAKPOINT"),
          Map.entry(0x80000004L, "EXCEPTION_SINGLE_STEP"),
          Map.entry(0xc0000008L, "EXCEPTION_INVALID_HANDLE"),
          Map.entry(0xc000001dL, "EXCEPTION_ILLEGAL_INSTRUCTION"),
          Map.entry(0xc0000025L, "EXCEPTION_NONCONTINUABLE_EXCEPTION"),
          Map.entry(0xc0000026L, "EXCEPTION_INVALID_DISPOSITION"),
          Map.entry(0xc000008cL, "EXCEPTION_BOUNDS_EXCEEDED"),
          Map.entry(0xc000008dL, "EXCEPTION_FLT_DENORMAL_OPERAND"),
          Map.entry(0xc000008eL, "EXCEPTION_FLT_DIVIDE_BY_ZERO"),
          Map.entry(0xc000008fL, "EXCEPTION_FLT_INEXACT_RESULT"),
          Map.entry(0xc0000090L, "EXCEPTION_FLT_INVALID_OPERATION"),
          Map.entry(0xc0000091L, "EXCEPTION_FLT_OVERFLOW"),
          Map.entry(0xc0000092L, "EXCEPTION_FLT_STACK_CHECK"),
          Map.entry(0xc0000093L, "EXCEPTION_FLT_UNDERFLOW"),
          Map.entry(0xc0000094L, "EXCEPTION_INT_DIVIDE_BY_ZERO"),
          Map.entry(0xc0000095L, "EXCEPTION_INT_OVERFLOW"),
          Map.entry(0xc0000096L, "EXCEPTION_PRIV_INSTRUCTION"),
          Map.entry(0xc00000fdL, "EXCEPTION_STACK_OVERFLOW"),
          Map.entry(0xc00000ffL, "EXCEPTION_BAD_FUNCTION_TABLE"),
          Map.entry(0xc0000194L, "EXCEPTION_POSSIBLE_DEADLOCK"),
          Map.entry(0xc0000374L, "EXCEPTION_HEAP_CORRUPTION"),
          Map.entry(0xe0000008L, "Out of Memory"),
          Map.entry(0xe06d7363L, "Unhandled C++ Exception"),
          Map.entry(0x0517a7edL, "Simulated Exception"));

  private WindowsCrashReason() {}

  /** The reason, or null when the code is unknown (the caller keeps its numeric default). */
  static String reason(RawException exception) {
    long code = exception.code();
    if (code == ACCESS_VIOLATION) {
      return "EXCEPTION_ACCESS_VIOLATION" + accessType(exception);
    }
    if (code == IN_PAGE_ERROR) {
      return inPageError(exception);
    }
    if (code == STACK_BUFFER_OVERRUN) {
      return exception.parameterCount() >= 1
          ? FastFail.name(exception.information()[0])
          : "EXCEPTION_STACK_BUFFER_OVERRUN";
    }
    return NAMES.get(code);
  }

  /** Access violations and in-page errors report the faulting data address in parameter 1. */
  static boolean addressInParameter(long code) {
    return code == ACCESS_VIOLATION || code == IN_PAGE_ERROR;
  }

  private static String accessType(RawException exception) {
    if (exception.parameterCount() < 1) {
      return "";
    }
    long type = exception.information()[0];
    if (type == 0) {
      return "_READ";
    } else if (type == 1) {
      return "_WRITE";
    } else if (type == 8) {
      return "_EXEC";
    }
    return "";
  }

  private static String inPageError(RawException exception) {
    String reason = "EXCEPTION_IN_PAGE_ERROR" + accessType(exception);
    if (exception.parameterCount() >= 3) {
      reason += " / " + NtStatus.name(exception.information()[2] & 0xffffffffL);
    }
    return reason;
  }
}
