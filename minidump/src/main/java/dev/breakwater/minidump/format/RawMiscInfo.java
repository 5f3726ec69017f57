package dev.breakwater.minidump.format;

/**
 * MINIDUMP_MISC_INFO in any of its five sizes (24, 44, 232, 832, 1364 bytes); fields beyond the
 * size the dump wrote are 0 / null. Sizes in between or beyond are read up to the largest known
 * structure that fits (macOS Breakpad writes 1368 bytes, corpus: mozilla-pgo macos-x86_64.dmp).
 */
public record RawMiscInfo(
    long sizeOfInfo,
    long flags1,
    long processId,
    long processCreateTime,
    long processUserTime,
    long processKernelTime,
    long processorMaxMhz,
    long processorCurrentMhz,
    long processIntegrityLevel,
    long processExecuteFlags,
    long protectedProcess,
    long timeZoneId,
    String buildString,
    String dbgBuildString,
    long processCookie) {
  public static final long FLAG_PROCESS_ID = 0x1;
  public static final long FLAG_PROCESS_TIMES = 0x2;
  public static final long FLAG_PROCESSOR_POWER_INFO = 0x4;
  public static final long FLAG_BUILDSTRING = 0x100;
  static final int SIZE_1 = 24;
  static final int SIZE_2 = 44;
  static final int SIZE_3 = 232;
  static final int SIZE_4 = 832;
  static final int SIZE_5 = 1364;

  public static RawMiscInfo read(ByteSource data, Location stream) {
    long size = stream.size();
    if (size < SIZE_1) {
      throw new FormatException("misc info stream of " + size + " bytes is too short");
    }
    long at = stream.rva();
    boolean v2 = size >= SIZE_2;
    boolean v3 = size >= SIZE_3;
    boolean v4 = size >= SIZE_4;
    return new RawMiscInfo(
        data.u32(at),
        data.u32(at + 4),
        data.u32(at + 8),
        data.u32(at + 12),
        data.u32(at + 16),
        data.u32(at + 20),
        v2 ? data.u32(at + 24) : 0,
        v2 ? data.u32(at + 28) : 0,
        v3 ? data.u32(at + 44) : 0,
        v3 ? data.u32(at + 48) : 0,
        v3 ? data.u32(at + 52) : 0,
        v3 ? data.u32(at + 56) : 0,
        v4 ? MinidumpStrings.fixed(data, at + SIZE_3, 260) : null,
        v4 ? MinidumpStrings.fixed(data, at + SIZE_3 + 520, 40) : null,
        size >= SIZE_5 ? data.u32(at + SIZE_5 - 4) : 0);
  }

  public boolean hasProcessTimes() {
    return (flags1 & FLAG_PROCESS_TIMES) != 0;
  }

  public boolean hasProcessId() {
    return (flags1 & FLAG_PROCESS_ID) != 0;
  }
}
