package dev.breakwater.minidump.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.minidump.format.Location;
import dev.breakwater.minidump.format.RawException;
import dev.breakwater.minidump.format.RawSystemInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrashReasonsTest {
  static RawSystemInfo system(long platform, int architecture) {
    return new RawSystemInfo(
        architecture, 6, 0, 1, 1, 10, 0, 0, platform, "", 0, new byte[12], 0, 0, 0, 0, 0);
  }

  static RawException exception(long code, long flags, long address, long... parameters) {
    long[] information = new long[RawException.MAX_PARAMETERS];
    System.arraycopy(parameters, 0, information, 0, parameters.length);
    return new RawException(
        1, code, flags, 0, address, parameters.length, information, Location.EMPTY);
  }

  @ParameterizedTest(name = "{0}/{1} code {2} flags {3} -> {4}")
  @CsvSource({
    "0x2, 9, 0xc0000005, 0, 'EXCEPTION_ACCESS_VIOLATION_READ', 0",
    "0x2, 9, 0xc0000005, 0, 'EXCEPTION_ACCESS_VIOLATION_WRITE', 1",
    "0x2, 9, 0xc0000005, 0, 'EXCEPTION_ACCESS_VIOLATION_EXEC', 8",
    "0x2, 9, 0xc0000005, 0, 'EXCEPTION_ACCESS_VIOLATION', 5",
    "0x2, 9, 0xc0000409, 0, 'FAST_FAIL_FATAL_APP_EXIT', 7",
    "0x2, 9, 0xc0000409, 0, 'EXCEPTION_STACK_BUFFER_OVERRUN', 0",
    "0x2, 9, 0xc0000409, 0, 'EXCEPTION_STACK_BUFFER_OVERRUN', 4660",
    "0x2, 9, 0x80000003, 0, 'EXCEPTION_BREAKPOINT', -1",
    "0x2, 9, 0xc000000d, 0, '0xc000000d / 0x00000000', -1",
    "0x8201, 9, 11, 0, 'SIGSEGV /0x00000000', -1",
    "0x8201, 9, 11, 1, 'SIGSEGV /SEGV_MAPERR', -1",
    "0x8201, 9, 11, 9, 'SIGSEGV /SEGV_MTESERR', -1",
    "0x8201, 9, 8, 0, 'SIGFPE / 0x00000000', -1",
    "0x8201, 9, 4, 2, 'SIGILL / ILL_ILLOPN', -1",
    "0x8201, 9, 7, 9, 'SIGBUS / 0x00000009', -1",
    "0x8201, 9, 6, 0, 'SIGABRT', -1",
    "0x8201, 9, 40, 0, '0x00000028 / 0x00000000', -1",
    "0x8203, 12, 0xffffffff, 0, 'DUMP_REQUESTED', -1",
    "0x8101, 9, 1, 1, 'EXC_BAD_ACCESS / KERN_INVALID_ADDRESS', -1",
    "0x8101, 9, 1, 13, 'EXC_BAD_ACCESS / EXC_I386_GPFLT', -1",
    "0x8102, 12, 1, 0x101, 'EXC_BAD_ACCESS / 0x00000101', -1",
    "0x8102, 0x8003, 1, 0x101, 'EXC_BAD_ACCESS / EXC_ARM_DA_ALIGN', -1",
    "0x8101, 9, 2, 1, 'EXC_BAD_INSTRUCTION / EXC_I386_INVOP', -1",
    "0x8101, 9, 5, 0x10002, 'EXC_SOFTWARE / SIGABRT', -1",
    "0x8101, 9, 5, 0xdeadc0de, 'EXC_SOFTWARE / UNCAUGHT_NS_EXCEPTION', -1",
    "0x8101, 9, 6, 2, 'EXC_BREAKPOINT / EXC_I386_BPT', -1",
    "0x8101, 9, 12, 0, 'EXC_GUARD / 0x00000000', -1",
    "0x8102, 9, 0x43506e78, 0, 'Uncaught NSException', -1",
    "0x8101, 9, 0x43507378, 0, 'Simulated Exception', -1",
    "0x8101, 9, 10, 0, '0x0000000a / 0x00000000', -1",
    "0x9999, 9, 5, 2, '0x00000005 / 0x00000002', -1",
  })
  void reasonMatchesBreakpad(
      String platform, String architecture, String code, String flags, String reason, long type) {
    RawException exception =
        type < 0
            ? exception(Long.decode(code), Long.decode(flags), 0)
            : exception(Long.decode(code), Long.decode(flags), 0, type, 0x45);
    RawSystemInfo system = system(Long.decode(platform), Integer.decode(architecture));
    assertEquals(reason, CrashReasons.reason(exception, system));
  }

  @ParameterizedTest
  @CsvSource({
    "0x2, 0, 0xc0000005, 0x45",
    "0x2, 9, 0x80000003, 0xffffffff80000042",
    "0x8201, 5, 11, 0x80000042",
    "0x8201, 0, 11, 0x80000042",
    "0x8201, 9, 11, 0xffffffff80000042",
  })
  void addressIsTheFaultAddressMaskedTo32BitsOn32BitCpus(
      String platform, int architecture, String code, String expected) {
    RawException exception = exception(Long.decode(code), 0, 0xffffffff80000042L, 1, 0x45);
    long address = CrashReasons.address(exception, system(Long.decode(platform), architecture));
    assertEquals(Long.parseUnsignedLong(expected.substring(2), 16), address);
  }
}
