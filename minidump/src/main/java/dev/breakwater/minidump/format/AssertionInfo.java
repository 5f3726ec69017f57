package dev.breakwater.minidump.format;

/** Breakpad's assertion stream (invalid-parameter and pure-virtual-call handlers on Windows). */
public record AssertionInfo(String expression, String function, String file, long line, long type) {
  static final int SIZE = 776;
  public static final long TYPE_INVALID_PARAMETER = 1;
  public static final long TYPE_PURE_VIRTUAL_CALL = 2;

  public static AssertionInfo read(ByteSource data, Location stream) {
    if (stream.size() < SIZE) {
      throw new FormatException("assertion stream of " + stream.size() + " bytes is too short");
    }
    long at = stream.rva();
    return new AssertionInfo(
        MinidumpStrings.fixed(data, at, 128),
        MinidumpStrings.fixed(data, at + 256, 128),
        MinidumpStrings.fixed(data, at + 512, 128),
        data.u32(at + 768),
        data.u32(at + 772));
  }
}
