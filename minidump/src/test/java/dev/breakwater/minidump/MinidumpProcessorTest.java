package dev.breakwater.minidump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.ProcessStatus;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.testing.StackBytes;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinidumpProcessorTest {
  static final String GUID = "000102030405060708090a0b0c0d0e0f";

  static ProcessState process(byte[] dump) {
    return MinidumpProcessor.process(dump, key -> SymbolLookup.notFound(), ProcessOptions.DEFAULT);
  }

  static String frameLines(ProcessState state) {
    String out = MachineOutput.format(state);
    return out.substring(out.indexOf("\n\n") + 2);
  }

  @Test
  void linuxAmd64FollowsFramePointerThenScans() {
    StackBytes stack =
        new StackBytes(0x7ffe0000L, 0x100, 8)
            .word(0x7ffe0010L, 0x7ffe0040L)
            .word(0x7ffe0018L, 0x402345L)
            .word(0x7ffe0048L, 0x7f0000001234L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 4, "Linux 5.10 x86_64")
            .module(0x400000, 0x10000, "/usr/bin/app", CodeViewSpec.elf("10faa6bb3db3aab8"))
            .module(0x7f0000000000L, 0x100000, "/lib/libc.so.6", CodeViewSpec.elf("aabbccdd"))
            .thread(
                7,
                SyntheticContext.amd64(0x401000, 0x7ffe0000L, 0x7ffe0010L),
                stack.start(),
                stack.bytes())
            .exception(
                7,
                11,
                1,
                0,
                new long[0],
                SyntheticContext.amd64(0x401000, 0x7ffe0000L, 0x7ffe0010L))
            .build();

    ProcessState state = process(dump);

    assertEquals(ProcessStatus.OK, state.status());
    assertEquals(
        "0|0|app||||0x1000\n0|1|app||||0x2345\n0|2|libc.so.6||||0x1234\n", frameLines(state));
    assertEquals(FrameTrust.FRAME_POINTER, state.threads().get(0).frames().get(1).trust());
    assertEquals(FrameTrust.SCAN, state.threads().get(0).frames().get(2).trust());
    String header = MachineOutput.format(state);
    assertTrue(header.startsWith("OS|Linux|10.0.19041 Linux 5.10 x86_64\n"), header);
    assertTrue(header.contains("Crash|SIGSEGV /SEGV_MAPERR|0x0|0\n"), header);
    assertTrue(
        header.contains(
            "Module|app||app|BBA6FA10B33DB8AA00000000000000000|0x00400000|0x0040ffff|1\n"),
        header);
  }

  /** An %rbp whose "return address" is not canonical is no frame pointer: the stack is scanned. */
  @Test
  void linuxAmd64ScansWhenTheFramePointersReturnAddressIsNotCanonical() {
    StackBytes stack =
        new StackBytes(0x7ffe0000L, 0x100, 8)
            .word(0x7ffe0010L, 0x7ffe0040L)
            .word(0x7ffe0018L, 0x0000_9000_0000_0000L)
            .word(0x7ffe0020L, 0x402345L);
    byte[] context = SyntheticContext.amd64(0x401000, 0x7ffe0000L, 0x7ffe0010L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 4, "Linux 5.10 x86_64")
            .module(0x400000, 0x10000, "/usr/bin/app", CodeViewSpec.elf("10faa6bb3db3aab8"))
            .thread(7, context, stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals("0|0|app||||0x1000\n0|1|app||||0x2345\n", frameLines(state));
    assertEquals(FrameTrust.SCAN, state.threads().get(0).frames().get(1).trust());
  }

  /**
   * Breakpad's scan bound is inclusive: from the context frame it reads 4 * 40 + 1 words, so a
   * return address in the 161st word is still found.
   */
  @Test
  void scanningFromTheContextFrameReadsOneWordPastItsCount() {
    long rsp = 0x7ffe0000L;
    StackBytes stack = new StackBytes(rsp, 0x600, 8).word(rsp + 160 * 8, 0x402345L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 4, "Linux 5.10 x86_64")
            .module(0x400000, 0x10000, "/usr/bin/app", CodeViewSpec.elf("10faa6bb3db3aab8"))
            .thread(7, SyntheticContext.amd64(0x401000, rsp, 0), stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals("0|0|app||||0x1000\n0|1|app||||0x2345\n", frameLines(state));
  }

  @Test
  void windowsAmd64NeverFollowsFramePointerButSimulatesLeafReturn() {
    StackBytes stack =
        new StackBytes(0x10000L, 0x100, 8)
            .word(0x10000L, 0x180001111L)
            .word(0x10040L, 0x180002222L);
    byte[] context = SyntheticContext.amd64(0x180000500L, 0x10000L, 0x10080L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.WINDOWS, SyntheticMinidump.AMD64, 8, "")
            .module(
                0x180000000L, 0x10000, "C:\\app.exe", CodeViewSpec.pdb70(GUID, 3, "C:\\b\\app.pdb"))
            .thread(1, context, stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals(
        "0|0|app.exe||||0x500\n0|1|app.exe||||0x1111\n0|2|app.exe||||0x2222\n", frameLines(state));
    assertEquals(FrameTrust.LEAF, state.threads().get(0).frames().get(1).trust());
    assertEquals(FrameTrust.SCAN, state.threads().get(0).frames().get(2).trust());
    assertTrue(
        MachineOutput.format(state)
            .contains(
                "Module|app.exe||app.pdb|030201000504070608090A0B0C0D0E0F3|0x180000000|0x18000ffff|1"));
    assertTrue(MachineOutput.format(state).contains("Crash|No crash||\n"));
  }

  /**
   * Native Client's x86-64 sandbox runs untrusted code at a 4 GiB-aligned base plus a 32-bit
   * offset, and the return addresses it pushes carry the base: only the low 32 bits place the
   * caller in its module.
   */
  @Test
  void naclAmd64KeepsTheLow32BitsOfTheCallersRegisters() {
    StackBytes stack =
        new StackBytes(0x10000L, 0x100, 8).word(0x10010L, 0x10030L).word(0x10018L, 0x1_0040_2345L);
    byte[] context = SyntheticContext.amd64(0x401000, 0x10000L, 0x10010L);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.NACL, SyntheticMinidump.AMD64, 1, "")
            .module(0x400000, 0x10000, "/app.nexe", CodeViewSpec.elf("10faa6bb3db3aab8"))
            .thread(1, context, stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals("0|0|app.nexe||||0x1000\n0|1|app.nexe||||0x2345\n", frameLines(state));
    assertEquals(FrameTrust.FRAME_POINTER, state.threads().get(0).frames().get(1).trust());
  }

  @Test
  void windowsX86FollowsEbpChain() {
    StackBytes stack =
        new StackBytes(0x12f000L, 0x100, 4)
            .word(0x12f010L, 0x12f030L)
            .word(0x12f014L, 0x401234L)
            .word(0x12f030L, 0x12f050L)
            .word(0x12f034L, 0x402345L);
    byte[] context = SyntheticContext.x86(0x400500, 0x12f000, 0x12f010, Map.of("eax", 0x45L));
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.WINDOWS, SyntheticMinidump.X86, 1, "Service Pack 2")
            .module(
                0x400000,
                0x10000,
                "c:\\test_app.exe",
                CodeViewSpec.pdb70(GUID, 1, "test_app.pdb"),
                new long[] {5, 1, 2600, 2180})
            .thread(3060, context, stack.start(), stack.bytes())
            .exception(3060, 0xc0000005L, 0, 0x400500, new long[] {1, 0x45}, context)
            .build();

    ProcessState state = process(dump);

    assertEquals(
        "0|0|test_app.exe||||0x500\n0|1|test_app.exe||||0x1234\n" + "0|2|test_app.exe||||0x2345\n",
        frameLines(state));
    String out = MachineOutput.format(state);
    assertTrue(out.contains("Crash|EXCEPTION_ACCESS_VIOLATION_WRITE|0x45|0\n"), out);
    assertTrue(out.contains("OS|Windows NT|10.0.19041 Service Pack 2\n"), out);
    assertTrue(out.contains("CPU|x86|GenuineIntel family 6 model 63 stepping 2|1\n"), out);
    assertTrue(out.contains("|5.1.2600.2180|test_app.pdb|"), out);
  }

  @Test
  void androidArm64FollowsFramePointerFromLinkRegister() {
    long[] regs = new long[33];
    regs[29] = 0x7c00001000L;
    regs[30] = 0x7d00002004L;
    regs[31] = 0x7c00000f00L;
    regs[32] = 0x7d00001000L;
    StackBytes stack =
        new StackBytes(0x7c00000f00L, 0x200, 8)
            .word(0x7c00001000L, 0x7c00001040L)
            .word(0x7c00001008L, 0x7d00003008L)
            .word(0x7c00001040L, 0)
            .word(0x7c00001048L, 0);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(
                SyntheticMinidump.ANDROID, SyntheticMinidump.ARM64_OLD, 8, "Linux 4.9 aarch64")
            .module(0x7d00000000L, 0x100000, "/system/lib64/libc.so", CodeViewSpec.elf("0102"))
            .thread(20, SyntheticContext.arm64Old(regs), stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals(
        "0|0|libc.so||||0x1000\n0|1|libc.so||||0x2000\n0|2|libc.so||||0x3004\n", frameLines(state));
    assertTrue(MachineOutput.format(state).contains("CPU|arm64||8\n"));
  }

  /**
   * Pointer authentication signs saved return addresses in their high bits (Apple arm64e); stripped
   * to the modules' address range, the frame record's lr is a return address again.
   */
  @Test
  void arm64StripsPointerAuthenticationBitsFromSavedReturnAddresses() {
    long[] regs = new long[33];
    regs[29] = 0x7c00001000L;
    regs[30] = 0x7d00002004L;
    regs[31] = 0x7c00000f00L;
    regs[32] = 0x7d00001000L;
    StackBytes stack =
        new StackBytes(0x7c00000f00L, 0x200, 8)
            .word(0x7c00001000L, 0x7c00001040L)
            .word(0x7c00001008L, 0x8021_007d_0000_3008L)
            .word(0x7c00001040L, 0)
            .word(0x7c00001048L, 0);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.IOS, SyntheticMinidump.ARM64, 8, "21A5")
            .module(0x7d00000000L, 0x100000, "/usr/lib/libc.dylib", CodeViewSpec.elf("0102"))
            .thread(20, SyntheticContext.arm64(regs), stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals(
        "0|0|libc.dylib||||0x1000\n0|1|libc.dylib||||0x2000\n0|2|libc.dylib||||0x3004\n",
        frameLines(state));
  }

  /**
   * A crashing leaf that saved no frame record: its caller's pc is lr and its sp unchanged, which
   * only the first unwind may do; the zero frame pointer then ends the walk.
   */
  @Test
  void arm64LeafAtTheTopKeepsTheStackPointerOnTheFirstUnwindOnly() {
    long[] regs = new long[33];
    regs[29] = 0;
    regs[30] = 0x7d00002004L;
    regs[31] = 0x7c00000f00L;
    regs[32] = 0x7d00001000L;
    StackBytes stack = new StackBytes(0x7c00000f00L, 0x100, 8);
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(
                SyntheticMinidump.ANDROID, SyntheticMinidump.ARM64_OLD, 8, "Linux 4.9 aarch64")
            .module(0x7d00000000L, 0x100000, "/system/lib64/libc.so", CodeViewSpec.elf("0102"))
            .thread(20, SyntheticContext.arm64Old(regs), stack.start(), stack.bytes())
            .build();

    ProcessState state = process(dump);

    assertEquals("0|0|libc.so||||0x1000\n0|1|libc.so||||0x2000\n", frameLines(state));
    assertEquals(FrameTrust.FRAME_POINTER, state.threads().get(0).frames().get(1).trust());
  }

  @Test
  void paddedListCountsOfOldMacDumpsAreRead() {
    byte[] dump =
        new SyntheticMinidump()
            .systemInfo(SyntheticMinidump.MAC, SyntheticMinidump.AMD64, 8, "20C69")
            .padListCounts()
            .module(
                0x100000000L,
                0x1000,
                "/Applications/Firefox.app/firefox",
                CodeViewSpec.pdb70(GUID, 0, "firefox"))
            .thread(1, SyntheticContext.amd64(0x100000010L, 0x5000, 0), 0x5000, new byte[64])
            .build();

    ProcessState state = process(dump);

    assertEquals(ProcessStatus.OK, state.status());
    assertEquals(1, state.modules().size());
    assertEquals("0|0|firefox||||0x10\n", frameLines(state));
  }

  @Test
  void anExhaustedTimeBudgetStopsTheWalkWithAStatus() {
    byte[] dump = RobustnessTest.sampleDump();

    ProcessState late =
        MinidumpProcessor.process(dump, null, ProcessOptions.DEFAULT.withTimeBudget(Duration.ZERO));
    ProcessState inTime =
        MinidumpProcessor.process(
            dump, null, ProcessOptions.DEFAULT.withTimeBudget(Duration.ofHours(1)));

    assertEquals(ProcessStatus.TIMED_OUT, late.status());
    assertTrue(late.problems().stream().anyMatch(p -> p.startsWith("time budget exceeded")));
    assertEquals(2, late.threads().size());
    assertTrue(late.threads().get(0).frames().isEmpty());
    assertEquals(ProcessStatus.OK, inTime.status());
    assertEquals(3, inTime.threads().get(0).frames().size());
  }
}
