package dev.breakwater.minidump.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.minidump.testing.LeWriter;
import dev.breakwater.minidump.testing.SyntheticContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextReaderTest {
  static CpuContext read(byte[] context, Cpu systemCpu) {
    return ContextReader.read(ByteSource.of(context), new Location(context.length, 0), systemCpu);
  }

  @Test
  void x86RegistersAreReadFromTheirOffsets() {
    CpuContext context =
        read(
            SyntheticContext.x86(0x401000, 0x12f000, 0x12f010, Map.of("ebx", 7L, "efl", 0x246L)),
            Cpu.X86);
    assertEquals(Cpu.X86, context.cpu());
    assertEquals(0x401000, context.instructionPointer());
    assertEquals(0x12f000, context.stackPointer());
    assertEquals(0x12f010, context.get(CpuContext.EBP));
    assertEquals(7, context.get(CpuContext.EBX));
    assertEquals(0x246, context.get(9));
  }

  @Test
  void xsaveExtendedContextsAreReadAsTheBasicStructure() {
    byte[] amd64 = SyntheticContext.amd64(0x7ff000, 0x1000, 0x2000, Map.of("r12", 12L), 1407);
    CpuContext context = read(amd64, Cpu.AMD64);
    assertEquals(0x7ff000, context.instructionPointer());
    assertEquals(12, context.get(12));
    byte[] x86 = new byte[1147];
    System.arraycopy(SyntheticContext.x86(0x401000, 0x5000, 0, Map.of()), 0, x86, 0, 716);
    assertEquals(0x401000, read(x86, Cpu.X86).instructionPointer());
  }

  @Test
  void arm64InBothLayouts() {
    long[] registers = new long[33];
    registers[29] = 0x29;
    registers[31] = 0x31;
    registers[32] = 0x32;
    for (byte[] raw :
        new byte[][] {SyntheticContext.arm64(registers), SyntheticContext.arm64Old(registers)}) {
      CpuContext context = read(raw, Cpu.ARM64);
      assertEquals(Cpu.ARM64, context.cpu());
      assertEquals(0x32, context.instructionPointer());
      assertEquals(0x31, context.stackPointer());
      assertEquals(0x29, context.get(CpuContext.ARM64_FP));
    }
  }

  @Test
  void armWithTheLegacyFlagIsStillArm() {
    long[] registers = new long[16];
    registers[15] = 0x8000;
    byte[] raw = SyntheticContext.arm(registers);
    LeWriter.patch32(raw, 0, 0x00000042L);
    assertEquals(0x8000, read(raw, null).instructionPointer());
  }

  @Test
  void aContextForAnotherCpuThanTheSystemInfoIsRefused() {
    byte[] x86 = SyntheticContext.x86(1, 2, 3, Map.of());
    assertThrows(FormatException.class, () -> read(x86, Cpu.ARM));
    assertThrows(FormatException.class, () -> read(new byte[100], Cpu.X86));
  }
}
