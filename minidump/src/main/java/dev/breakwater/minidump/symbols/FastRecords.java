package dev.breakwater.minidump.symbols;

/**
 * Fast paths for the two most frequent records, line records and STACK CFI deltas, when they are
 * written canonically (single spaces, plain hex and decimal digits that cannot overflow). Anything
 * else returns "not handled" and goes through the exact Breakpad-compatible parsing, which gives
 * the same result for the canonical lines handled here.
 */
final class FastRecords {
  private static final byte[] DIGIT = new byte[256];

  static {
    java.util.Arrays.fill(DIGIT, (byte) -1);
    for (int c = '0'; c <= '9'; c++) {
      DIGIT[c] = (byte) (c - '0');
    }
    for (int c = 'a'; c <= 'f'; c++) {
      DIGIT[c] = (byte) (c - 'a' + 10);
      DIGIT[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
    }
  }

  private static final int MAX_HEX_DIGITS = 15;
  private static final int MAX_DECIMAL_DIGITS = 9;

  private int position;
  private long value;

  /** Parses {@code <hex address> <hex size> <line> <file>}; false when not canonical. */
  boolean sourceLine(byte[] b, int start, int end, FunctionsBuilder functions) {
    position = start;
    if (!number(b, end, 16, MAX_HEX_DIGITS) || !space(b, end)) {
      return false;
    }
    long address = value;
    if (!number(b, end, 16, MAX_HEX_DIGITS) || !space(b, end)) {
      return false;
    }
    long size = value;
    if (!number(b, end, 10, MAX_DECIMAL_DIGITS) || !space(b, end)) {
      return false;
    }
    int line = (int) value;
    if (!number(b, end, 10, MAX_DECIMAL_DIGITS) || position != end) {
      return false;
    }
    functions.line(address, size, line, (int) value);
    return true;
  }

  /**
   * Parses the address of {@code STACK CFI <hex address> <rules>} starting at {@code from} (after
   * "STACK CFI "); returns the offset of the rules, or -1 when not canonical.
   */
  int cfiDeltaAddress(byte[] b, int from, int end) {
    position = from;
    if (!number(b, end, 16, MAX_HEX_DIGITS) || !space(b, end) || position == end) {
      return -1;
    }
    return position;
  }

  long value() {
    return value;
  }

  /**
   * Parses the fields after {@code "INLINE "} when canonical: single spaces, unsigned decimal nest
   * level, call line, call file (new format: an even number of fields) and origin, then hex address
   * and size pairs. Fills {@code fields} (decimal ones first, then the ranges) and returns the
   * number of fields, or -1 to leave the line to the general parser.
   */
  int inline(byte[] b, int from, int end, long[] fields) {
    int count = 1;
    for (int i = from; i < end; i++) {
      if (b[i] == ' ') {
        count++;
      }
    }
    if (count < 5 || count > 500 || count * 2 > fields.length) {
      return -1;
    }
    int decimals = count % 2 == 0 ? 4 : 3;
    position = from;
    for (int field = 0; field < count; field++) {
      boolean decimal = field < decimals;
      if (!number(b, end, decimal ? 10 : 16, decimal ? MAX_DECIMAL_DIGITS : MAX_HEX_DIGITS)) {
        return -1;
      }
      fields[field] = value;
      if (field + 1 < count && !space(b, end)) {
        return -1;
      }
    }
    return position == end ? count : -1;
  }

  private boolean number(byte[] b, int end, int base, int maxDigits) {
    int p = position;
    long v = 0;
    int limit = Math.min(end, p + maxDigits + 1);
    while (p < limit) {
      int d = DIGIT[b[p] & 0xFF];
      if (d < 0 || d >= base) {
        break;
      }
      v = v * base + d;
      p++;
    }
    int digits = p - position;
    if (digits == 0 || digits > maxDigits) {
      return false;
    }
    position = p;
    value = v;
    return true;
  }

  /** Exactly one space, followed by something other than a space. */
  private boolean space(byte[] b, int end) {
    if (position + 1 >= end || b[position] != ' ' || b[position + 1] == ' ') {
      return false;
    }
    position++;
    return true;
  }
}
