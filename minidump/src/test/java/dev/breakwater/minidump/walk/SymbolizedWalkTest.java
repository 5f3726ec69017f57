package dev.breakwater.minidump.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.minidump.MinidumpProcessor;
import dev.breakwater.minidump.ProcessOptions;
import dev.breakwater.minidump.model.FrameTrust;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.model.StackFrame;
import dev.breakwater.minidump.output.MachineOutput;
import dev.breakwater.minidump.symbols.LocalSymbolSupplier;
import dev.breakwater.minidump.testing.StackBytes;
import dev.breakwater.minidump.testing.SyntheticContext;
import dev.breakwater.minidump.testing.SyntheticMinidump;
import dev.breakwater.minidump.testing.SyntheticMinidump.CodeViewSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks that depend on symbol files: STACK CFI on amd64 and arm64, STACK WIN programs and FPO
 * records on x86. The expected frames were checked against Breakpad's minidump_stackwalk on the
 * same synthetic dumps and symbol files.
 */
class SymbolizedWalkTest {
  static final String ELF_ID = "0102030405060708";
  static final String ELF_DEBUG_ID = "040302010605080700000000000000000";
  static final String GUID = "000102030405060708090a0b0c0d0e0f";
  static final String PDB_DEBUG_ID = "030201000504070608090A0B0C0D0E0F1";

  @TempDir Path symbols;

  ProcessState process(byte[] dump) {
    return MinidumpProcessor.process(
        dump, new LocalSymbolSupplier(List.of(symbols)), ProcessOptions.DEFAULT);
  }

  void symbolFile(String debugFile, String debugId, String name, String... lines)
      throws IOException {
    Path dir = Files.createDirectories(symbols.resolve(debugFile).resolve(debugId));
    Files.writeString(dir.resolve(name + ".sym"), String.join("\n", lines) + "\n");
  }

  static String frameLines(ProcessState state) {
    String out = MachineOutput.format(state);
    return out.substring(out.indexOf("\n\n") + 2);
  }

  static List<FrameTrust> trusts(ProcessState state) {
    return state.walkedThreads().get(0).frames().stream().map(StackFrame::trust).toList();
  }

  @Test
  void amd64CallFrameInfoRecoversReturnAddressAndCalleeSavedRegisters() throws IOException {
    symbolFile(
        "app",
        ELF_DEBUG_ID,
        "app",
        "MODULE Linux x86_64 " + ELF_DEBUG_ID + " app",
        "FILE 1 a.c",
        "FUNC 1000 100 0 leaf",
        "1000 100 1 1",
        "FUNC 2000 100 0 caller",
        "STACK CFI INIT 1000 100 .cfa: $rsp 16 + .ra: .cfa -8 + ^ $rbx: .cfa -16 + ^");
    StackBytes stack =
        new StackBytes(0x7ffe0000L, 0x100, 8).word(0x7ffe0000L, 0x2222).word(0x7ffe0008L, 0x402010);
    byte[] context = SyntheticContext.amd64(0x401010, 0x7ffe0000L, 0, Map.of("rbx", 0x1111L), 1232);
    ProcessState state =
        process(
            new SyntheticMinidump()
                .systemInfo(
                    SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 1, "Linux 5.10 x86_64")
                .module(0x400000, 0x10000, "/bin/app", CodeViewSpec.elf(ELF_ID))
                .thread(1, context, stack.start(), stack.bytes())
                .build());

    assertEquals("0|0|app|leaf|a.c|1|0x10\n0|1|app|caller|||0x10\n", frameLines(state));
    StackFrame caller = state.walkedThreads().get(0).frames().get(1);
    assertEquals(FrameTrust.CFI, caller.trust());
    assertEquals(0x2222, caller.register(3));
  }

  @Test
  void x86StackWinProgramStringUnwindsThroughFrameData() throws IOException {
    symbolFile(
        "test.pdb",
        PDB_DEBUG_ID,
        "test",
        "MODULE windows x86 " + PDB_DEBUG_ID + " test.pdb",
        "FILE 1 t.c",
        "FUNC 1000 100 8 crash",
        "1000 100 5 1",
        "FUNC 2000 100 0 main",
        "2000 100 9 1",
        "STACK WIN 4 1000 100 0 0 8 0 4 0 1 $T0 $ebp = $eip $T0 4 + ^ = $ebp $T0 ^ = "
            + "$esp $T0 8 + =");
    StackBytes stack =
        new StackBytes(0x12f000L, 0x100, 4).word(0x12f010L, 0x12f030L).word(0x12f014L, 0x402005L);
    byte[] context = SyntheticContext.x86(0x401005, 0x12f000, 0x12f010, Map.of());
    ProcessState state =
        process(
            new SyntheticMinidump()
                .systemInfo(SyntheticMinidump.WINDOWS, SyntheticMinidump.X86, 1, "")
                .module(0x400000, 0x10000, "c:\\test.exe", CodeViewSpec.pdb70(GUID, 1, "test.pdb"))
                .thread(1, context, stack.start(), stack.bytes())
                .build());

    assertEquals("0|0|test.exe|crash|t.c|5|0x5\n0|1|test.exe|main|t.c|9|0x5\n", frameLines(state));
    assertEquals(List.of(FrameTrust.CONTEXT, FrameTrust.CFI), trusts(state));
  }

  @Test
  void x86FpoRecordWithoutProgramFindsReturnAddressAboveLocals() throws IOException {
    symbolFile(
        "test.pdb",
        PDB_DEBUG_ID,
        "test",
        "MODULE windows x86 " + PDB_DEBUG_ID + " test.pdb",
        "FUNC 1000 100 0 fpo",
        "FUNC 2000 100 0 outer",
        "STACK WIN 0 1000 100 0 0 0 8 4 0 0 0");
    StackBytes stack = new StackBytes(0x12f000L, 0x100, 4).word(0x12f00cL, 0x402007L);
    byte[] context = SyntheticContext.x86(0x401005, 0x12f000, 0x77, Map.of());
    ProcessState state =
        process(
            new SyntheticMinidump()
                .systemInfo(SyntheticMinidump.WINDOWS, SyntheticMinidump.X86, 1, "")
                .module(0x400000, 0x10000, "c:\\test.exe", CodeViewSpec.pdb70(GUID, 1, "test.pdb"))
                .thread(1, context, stack.start(), stack.bytes())
                .build());

    assertEquals("0|0|test.exe|fpo|||0x5\n0|1|test.exe|outer|||0x7\n", frameLines(state));
    StackFrame caller = state.walkedThreads().get(0).frames().get(1);
    assertEquals(0x12f010L, caller.register(1));
    assertEquals(0x77L, caller.register(2));
  }

  @Test
  void arm64CallFrameInfoThenFramePointer() throws IOException {
    symbolFile(
        "libx.so",
        ELF_DEBUG_ID,
        "libx.so",
        "MODULE Linux arm64 " + ELF_DEBUG_ID + " libx.so",
        "FUNC 1000 100 0 f",
        "FUNC 2000 100 0 g",
        "STACK CFI INIT 1000 100 .cfa: sp 16 + .ra: .cfa -8 + ^ x29: .cfa -16 + ^");
    long[] registers = new long[33];
    registers[29] = 0x5555;
    registers[31] = 0x7000;
    registers[32] = 0x401010;
    StackBytes stack =
        new StackBytes(0x7000L, 0x200, 8).word(0x7000L, 0x7100L).word(0x7008L, 0x402010L);
    ProcessState state =
        process(
            new SyntheticMinidump()
                .systemInfo(
                    SyntheticMinidump.ANDROID, SyntheticMinidump.ARM64, 8, "Linux 4.9 aarch64")
                .module(0x400000, 0x10000, "/system/lib64/libx.so", CodeViewSpec.elf(ELF_ID))
                .thread(1, SyntheticContext.arm64(registers), stack.start(), stack.bytes())
                .build());

    assertEquals("0|0|libx.so|f|||0x10\n0|1|libx.so|g|||0xc\n", frameLines(state));
    assertEquals(List.of(FrameTrust.CONTEXT, FrameTrust.CFI), trusts(state));
  }

  @Test
  void scanningSkipsAddressesThatNoSymbolCovers() throws IOException {
    symbolFile(
        "app",
        ELF_DEBUG_ID,
        "app",
        "MODULE Linux x86_64 " + ELF_DEBUG_ID + " app",
        "FUNC 1000 100 0 crashed",
        "FUNC 3000 100 0 real_caller");
    StackBytes stack =
        new StackBytes(0x7ffe0000L, 0x100, 8)
            .word(0x7ffe0008L, 0x408000L)
            .word(0x7ffe0010L, 0x403010L);
    byte[] context = SyntheticContext.amd64(0x401010, 0x7ffe0000L, 1);
    ProcessState state =
        process(
            new SyntheticMinidump()
                .systemInfo(
                    SyntheticMinidump.LINUX, SyntheticMinidump.AMD64, 1, "Linux 5.10 x86_64")
                .module(0x400000, 0x10000, "/bin/app", CodeViewSpec.elf(ELF_ID))
                .thread(1, context, stack.start(), stack.bytes())
                .build());

    assertEquals("0|0|app|crashed|||0x10\n0|1|app|real_caller|||0x10\n", frameLines(state));
    assertEquals(List.of(FrameTrust.CONTEXT, FrameTrust.SCAN), trusts(state));
  }
}
