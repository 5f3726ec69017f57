package dev.breakwater.minidump.format;

/** The MINIDUMP_SYSTEM_INFO stream. {@code csdVersion} is null when its string is unreadable. */
public record RawSystemInfo(
    int processorArchitecture,
    int processorLevel,
    int processorRevision,
    int numberOfProcessors,
    int productType,
    long majorVersion,
    long minorVersion,
    long buildNumber,
    long platformId,
    String csdVersion,
    int suiteMask,
    byte[] vendorId,
    long versionInformation,
    long featureInformation,
    long amdExtendedCpuFeatures,
    long armCpuid,
    long armElfHwcaps) {
  public static final int SIZE = 56;

  public static final int ARCH_X86 = 0;
  public static final int ARCH_MIPS = 1;
  public static final int ARCH_PPC = 3;
  public static final int ARCH_SHX = 4;
  public static final int ARCH_ARM = 5;
  public static final int ARCH_IA64 = 6;
  public static final int ARCH_AMD64 = 9;
  public static final int ARCH_X86_WIN64 = 10;
  public static final int ARCH_ARM64 = 12;
  public static final int ARCH_SPARC = 0x8001;
  public static final int ARCH_PPC64 = 0x8002;
  public static final int ARCH_ARM64_OLD = 0x8003;
  public static final int ARCH_MIPS64 = 0x8004;
  public static final int ARCH_LOONGARCH64 = 0x8005;

  public static final long OS_WIN32_WINDOWS = 1;
  public static final long OS_WIN32_NT = 2;
  public static final long OS_MAC_OS_X = 0x8101;
  public static final long OS_IOS = 0x8102;
  public static final long OS_LINUX = 0x8201;
  public static final long OS_SOLARIS = 0x8202;
  public static final long OS_ANDROID = 0x8203;
  public static final long OS_PS3 = 0x8204;
  public static final long OS_NACL = 0x8205;
  public static final long OS_FUCHSIA = 0x8206;

  public static RawSystemInfo read(ByteSource data, Location stream) {
    if (stream.size() < SIZE) {
      throw new FormatException("system info stream of " + stream.size() + " bytes is too short");
    }
    long at = stream.rva();
    return new RawSystemInfo(
        data.u16(at),
        data.u16(at + 2),
        data.u16(at + 4),
        data.u8(at + 6),
        data.u8(at + 7),
        data.u32(at + 8),
        data.u32(at + 12),
        data.u32(at + 16),
        data.u32(at + 20),
        MinidumpStrings.readOrNull(data, data.u32(at + 24)),
        data.u16(at + 28),
        data.bytes(at + 32, 12),
        data.u32(at + 44),
        data.u32(at + 48),
        data.u32(at + 52),
        data.u32(at + 32),
        data.u32(at + 36));
  }

  /** Breakpad's short OS name (used by the walkers and the symbol lookup). */
  public String osShort() {
    if (platformId == OS_WIN32_NT || platformId == OS_WIN32_WINDOWS) {
      return "windows";
    } else if (platformId == OS_MAC_OS_X) {
      return "mac";
    } else if (platformId == OS_IOS) {
      return "ios";
    } else if (platformId == OS_LINUX) {
      return "linux";
    } else if (platformId == OS_SOLARIS) {
      return "solaris";
    } else if (platformId == OS_ANDROID) {
      return "android";
    } else if (platformId == OS_PS3) {
      return "ps3";
    } else if (platformId == OS_NACL) {
      return "nacl";
    } else if (platformId == OS_FUCHSIA) {
      return "fuchsia";
    }
    return "unknown";
  }

  /** The x86 CPUID vendor ("GenuineIntel"), up to its first NUL; null on other CPUs. */
  public String cpuVendor() {
    if (processorArchitecture != ARCH_X86 && processorArchitecture != ARCH_X86_WIN64) {
      return null;
    }
    StringBuilder vendor = new StringBuilder();
    for (byte b : vendorId) {
      if (b == 0) {
        break;
      }
      vendor.append((char) (b & 0xff));
    }
    return vendor.toString();
  }
}
