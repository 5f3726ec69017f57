package dev.breakwater.minidump.process;

import dev.breakwater.minidump.format.RawSystemInfo;
import dev.breakwater.minidump.model.SystemInfo;
import java.util.Map;

/** Breakpad's OS and CPU strings (MinidumpProcessor::GetOSInfo / GetCPUInfo). */
public final class SystemInfoDescriber {
  private static final Map<Long, String> OS_NAMES =
      Map.of(
          RawSystemInfo.OS_WIN32_NT, "Windows NT",
          RawSystemInfo.OS_WIN32_WINDOWS, "Windows",
          RawSystemInfo.OS_MAC_OS_X, "Mac OS X",
          RawSystemInfo.OS_IOS, "iOS",
          RawSystemInfo.OS_LINUX, "Linux",
          RawSystemInfo.OS_SOLARIS, "Solaris",
          RawSystemInfo.OS_ANDROID, "Android",
          RawSystemInfo.OS_PS3, "PS3",
          RawSystemInfo.OS_NACL, "NaCl",
          RawSystemInfo.OS_FUCHSIA, "Fuchsia");

  private SystemInfoDescriber() {}

  public static SystemInfo describe(RawSystemInfo raw) {
    if (raw == null) {
      return SystemInfo.UNKNOWN;
    }
    String os = OS_NAMES.getOrDefault(raw.platformId(), String.format("0x%08x", raw.platformId()));
    String version = raw.majorVersion() + "." + raw.minorVersion() + "." + raw.buildNumber();
    if (raw.csdVersion() != null) {
      version += " " + raw.csdVersion();
    }
    return new SystemInfo(
        os,
        raw.osShort(),
        version,
        cpuName(raw.processorArchitecture()),
        cpuInfo(raw),
        raw.numberOfProcessors(),
        raw.csdVersion());
  }

  static String cpuName(int architecture) {
    return switch (architecture) {
      case RawSystemInfo.ARCH_X86 -> "x86";
      case RawSystemInfo.ARCH_AMD64 -> "amd64";
      case RawSystemInfo.ARCH_PPC -> "ppc";
      case RawSystemInfo.ARCH_PPC64 -> "ppc64";
      case RawSystemInfo.ARCH_SPARC -> "sparc";
      case RawSystemInfo.ARCH_ARM -> "arm";
      case RawSystemInfo.ARCH_ARM64, RawSystemInfo.ARCH_ARM64_OLD -> "arm64";
      case RawSystemInfo.ARCH_MIPS -> "mips";
      case RawSystemInfo.ARCH_MIPS64 -> "mips64";
      case RawSystemInfo.ARCH_LOONGARCH64 -> "loongarch64";
      default -> String.format("0x%04x", architecture);
    };
  }

  private static String cpuInfo(RawSystemInfo raw) {
    int architecture = raw.processorArchitecture();
    if (architecture == RawSystemInfo.ARCH_X86 || architecture == RawSystemInfo.ARCH_AMD64) {
      String vendor = raw.cpuVendor();
      String prefix = vendor != null ? vendor + " " : "";
      return prefix
          + String.format(
              "family %d model %d stepping %d",
              raw.processorLevel(), raw.processorRevision() >> 8, raw.processorRevision() & 0xff);
    }
    if (architecture == RawSystemInfo.ARCH_ARM) {
      return ArmCpuInfo.describe(raw);
    }
    return "";
  }
}
