package dev.breakwater.minidump.output;

/** printf-style hex formatting of unsigned 64-bit values. */
final class Hex {
  private Hex() {}

  /** "0x%08llx": at least eight digits. */
  static String padded8(long value) {
    return "0x" + pad(Long.toHexString(value), 8);
  }

  /** "0x%016llx". */
  static String padded16(long value) {
    return "0x" + pad(Long.toHexString(value), 16);
  }

  /** "0x%llx". */
  static String plain(long value) {
    return "0x" + Long.toHexString(value);
  }

  static String pad(String digits, int width) {
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
