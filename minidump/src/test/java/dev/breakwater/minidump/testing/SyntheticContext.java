package dev.breakwater.minidump.testing;

import java.util.Map;

/** Raw CPU context structures in the layouts the dump format uses, for test dumps. */
public final class SyntheticContext {
  private SyntheticContext() {}

  /** MDRawContextX86 (716 bytes) with the given eip, esp, ebp and optional extra registers. */
  public static byte[] x86(long eip, long esp, long ebp, Map<String, Long> others) {
    byte[] context = new byte[716];
    LeWriter.patch32(context, 0, 0x0001003fL);
    Map<String, Integer> offsets =
        Map.of("edi", 156, "esi", 160, "ebx", 164, "edx", 168, "ecx", 172, "eax", 176, "efl", 192);
    LeWriter.patch32(context, 184, eip);
    LeWriter.patch32(context, 196, esp);
    LeWriter.patch32(context, 180, ebp);
    others.forEach((name, value) -> LeWriter.patch32(context, offsets.get(name), value));
    return context;
  }

  /** MDRawContextAMD64 (1232 bytes, or larger with an XSAVE area when {@code size} says so). */
  public static byte[] amd64(long rip, long rsp, long rbp, Map<String, Long> others, int size) {
    byte[] context = new byte[size];
    LeWriter.patch32(context, 48, 0x0010000fL);
    Map<String, Integer> offsets =
        Map.ofEntries(
            Map.entry("rax", 120),
            Map.entry("rcx", 128),
            Map.entry("rdx", 136),
            Map.entry("rbx", 144),
            Map.entry("rsi", 168),
            Map.entry("rdi", 176),
            Map.entry("r8", 184),
            Map.entry("r12", 216),
            Map.entry("r15", 240));
    LeWriter.patch64(context, 248, rip);
    LeWriter.patch64(context, 152, rsp);
    LeWriter.patch64(context, 160, rbp);
    others.forEach((name, value) -> LeWriter.patch64(context, offsets.get(name), value));
    return context;
  }

  public static byte[] amd64(long rip, long rsp, long rbp) {
    return amd64(rip, rsp, rbp, Map.of(), 1232);
  }

  /** MDRawContextARM (368 bytes): r0..r12, sp, lr, pc. */
  public static byte[] arm(long[] iregs) {
    byte[] context = new byte[368];
    LeWriter.patch32(context, 0, 0x40000002L);
    for (int i = 0; i < 16; i++) {
      LeWriter.patch32(context, 4 + 4 * i, iregs[i]);
    }
    return context;
  }

  /** Microsoft's CONTEXT_ARM64 (912 bytes): x0..x28, fp, lr, sp, pc. */
  public static byte[] arm64(long[] iregs) {
    byte[] context = new byte[912];
    LeWriter.patch32(context, 0, 0x00400003L);
    for (int i = 0; i < 33; i++) {
      LeWriter.patch64(context, 8 + 8 * i, iregs[i]);
    }
    return context;
  }

  /** Breakpad's old arm64 context (796 bytes): 64-bit flags, x0..x31, pc, cpsr. */
  public static byte[] arm64Old(long[] iregs) {
    byte[] context = new byte[796];
    LeWriter.patch64(context, 0, 0x80000003L);
    for (int i = 0; i < 33; i++) {
      LeWriter.patch64(context, 8 + 8 * i, iregs[i]);
    }
    return context;
  }
}
