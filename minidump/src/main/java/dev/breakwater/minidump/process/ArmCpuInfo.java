package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.RawSystemInfo;
import java.util.List;
import java.util.Map;

/** Breakpad's ARM CPU description: architecture level, vendor, part and ELF hwcap features. */
final class ArmCpuInfo {
  private static final Map<Long, String> VENDORS =
      Map.of(0x41L, "ARM", 0x51L, "Qualcomm", 0x56L, "Marvell", 0x69L, "Intel/Marvell");
  private static final Map<Long, String> PARTS =
      Map.ofEntries(
          Map.entry(0x4100c050L, "Cortex-A5"),
          Map.entry(0x4100c080L, "Cortex-A8"),
          Map.entry(0x4100c090L, "Cortex-A9"),
          Map.entry(0x4100c0f0L, "Cortex-A15"),
          Map.entry(0x4100c140L, "Cortex-R4"),
          Map.entry(0x4100c150L, "Cortex-R5"),
          Map.entry(0x4100b360L, "ARM1136"),
          Map.entry(0x4100b560L, "ARM1156"),
          Map.entry(0x4100b760L, "ARM1176"),
          Map.entry(0x4100b020L, "ARM11-MPCore"),
          Map.entry(0x41009260L, "ARM926"),
          Map.entry(0x41009460L, "ARM946"),
          Map.entry(0x41009660L, "ARM966"),
          Map.entry(0x510006f0L, "Krait"),
          Map.entry(0x510000f0L, "Scorpion"));
  private static final List<String> FEATURES =
      List.of(
          "swp",
          "half",
          "thumb",
          "26bit",
          "fastmult",
          "fpa",
          "vfpv2",
          "edsp",
          "java",
          "iwmmxt",
          "crunch",
          "thumbee",
          "neon",
          "vfpv3",
          "vfpv3d16",
          "tls",
          "vfpv4",
          "idiva",
          "idivt");

  private ArmCpuInfo() {}

  static String describe(RawSystemInfo raw) {
    StringBuilder info = new StringBuilder("ARMv").append(raw.processorLevel());
    long cpuid = raw.armCpuid();
    if (cpuid != 0) {
      long vendor = (cpuid >> 24) & 0xff;
      info.append(' ').append(VENDORS.getOrDefault(vendor, String.format("vendor(0x%x)", vendor)));
      long part = cpuid & 0xff00fff0L;
      info.append(' ').append(PARTS.getOrDefault(part, String.format("part(0x%x)", part)));
    }
    long hwcaps = raw.armElfHwcaps();
    if (hwcaps != 0) {
      info.append(" features: ");
      String comma = "";
      for (int bit = 0; bit < FEATURES.size(); bit++) {
        if ((hwcaps & (1L << bit)) != 0) {
          info.append(comma).append(FEATURES.get(bit));
          comma = ",";
        }
      }
    }
    return info.toString();
  }
}
