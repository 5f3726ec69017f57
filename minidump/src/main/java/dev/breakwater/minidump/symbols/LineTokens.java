package dev.breakwater.minidump.symbols;

/**
 * Splits one {@code .sym} line and reads its numbers exactly as Breakpad's C code does, so that the
 * same lines are accepted and rejected: {@code Tokenize} (space-separated tokens, the last one
 * taking the rest of the line after a single separator) and {@code strtoull}/{@code strtol}
 * (leading white space, optional sign, {@code 0x} prefix in base 16, saturation on overflow). Not
 * thread-safe; one instance per parse.
 */
final class LineTokens {
  static final long ULLONG_MAX = -1L;
  private static final long LIMIT_16 = Long.divideUnsigned(-1L, 16);
  private static final long LIMIT_10 = Long.divideUnsigned(-1L, 10);

  private byte[] line;
  private int lineEnd;
  private final int[] starts = new int[512];
  private final int[] ends = new int[512];
  private int count;

  /** End (exclusive) of the characters consumed by the last number parse. */
  int numberEnd;

  /**
   * Breakpad's {@code Tokenize(line, " \r\n", maxTokens, &tokens)} on {@code [from, to)}; returns
   * true when exactly {@code maxTokens} tokens were found.
   */
  boolean tokenize(byte[] bytes, int from, int to, int maxTokens) {
    line = bytes;
    lineEnd = to;
    count = 0;
    int remaining = maxTokens;
    int save = from;
    int start = skipSeparators(from);
    boolean haveToken = start < to;
    while (haveToken && --remaining > 0) {
      int end = start;
      while (end < to && bytes[end] != ' ') {
        end++;
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      save = end < to ? end + 1 : to;
      if (remaining > 1) {
        start = skipSeparators(save);
        haveToken = start < to;
      }
    }
    if (remaining == 0 && save < to) {
      starts[count] = save;
      ends[count] = to;
      count++;
    }
    return count == maxTokens;
  }

  private int skipSeparators(int from) {
    int i = from;
    while (i < lineEnd && line[i] == ' ') {
      i++;
    }
    return i;
  }

  int count() {
    return count;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  /**
   * Breakpad's TokenizeWithOptionalField step: splits the last token (the rest of the line) into
   * its first word and the rest after that word, returning true when both exist.
   */
  boolean splitLast() {
    int token = count - 1;
    int to = ends[token];
    int start = starts[token];
    while (start < to && line[start] == ' ') {
      start++;
    }
    if (start == to) {
      return false;
    }
    int end = start;
    while (end < to && line[end] != ' ') {
      end++;
    }
    starts[token] = start;
    ends[token] = end;
    count = token + 1;
    if (end + 1 >= to) {
      return false;
    }
    starts[count] = end + 1;
    ends[count] = to;
    count++;
    return true;
  }

  boolean tokenEquals(int token, String text) {
    int length = ends[token] - starts[token];
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (line[starts[token] + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@code strtoull(token, &end, base)}; {@link #numberEnd} is set. */
  long unsigned(int token, int base) {
    return parse(line, starts[token], ends[token], base, false);
  }

  /** {@code strtol(token, &end, base)} for a 64-bit long; {@link #numberEnd} is set. */
  long signed(int token, int base) {
    return parse(line, starts[token], ends[token], base, true);
  }

  /**
   * Breakpad's IsValidAfterNumber: the number must be followed by a separator or the end of its
   * token.
   */
  boolean validAfterNumber(int token) {
    return numberEnd == ends[token] || line[numberEnd] == ' ';
  }

  /** Parses like C's strtoull/strtol on {@code [from, to)}, the token's NUL-terminated text. */
  long parse(byte[] bytes, int from, int to, int base, boolean signed) {
    int i = from;
    while (i < to && isCSpace(bytes[i])) {
      i++;
    }
    boolean negative = false;
    if (i < to && (bytes[i] == '+' || bytes[i] == '-')) {
      negative = bytes[i] == '-';
      i++;
    }
    i = skipHexPrefix(bytes, i, to, base);
    int digitsStart = i;
    long value = 0;
    boolean overflow = false;
    long limit = base == 16 ? LIMIT_16 : LIMIT_10;
    long limitDigit = base == 16 ? 15 : 5;
    for (; i < to; i++) {
      int d = digit(bytes[i], base);
      if (d < 0) {
        break;
      }
      int cmp = Long.compareUnsigned(value, limit);
      if (cmp > 0 || (cmp == 0 && d > limitDigit)) {
        overflow = true;
      }
      value = value * base + d;
    }
    if (i == digitsStart) {
      numberEnd = from;
      return 0;
    }
    numberEnd = i;
    return signed
        ? saturateSigned(value, negative, overflow)
        : unsignedResult(value, negative, overflow);
  }

  /** strtoull skips "0x" in base 16 only when a hex digit follows it. */
  private static int skipHexPrefix(byte[] bytes, int i, int to, int base) {
    if (base == 16
        && i + 2 < to
        && bytes[i] == '0'
        && (bytes[i + 1] | 0x20) == 'x'
        && digit(bytes[i + 2], 16) >= 0) {
      return i + 2;
    }
    return i;
  }

  private static long unsignedResult(long value, boolean negative, boolean overflow) {
    if (overflow) {
      return ULLONG_MAX;
    }
    return negative ? -value : value;
  }

  private static long saturateSigned(long magnitude, boolean negative, boolean overflow) {
    if (negative) {
      if (overflow || Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
        return Long.MIN_VALUE;
      }
      return -magnitude;
    }
    if (overflow || magnitude < 0) {
      return Long.MAX_VALUE;
    }
    return magnitude;
  }

  static int digit(byte b, int base) {
    int d;
    if (b >= '0' && b <= '9') {
      d = b - '0';
    } else if (b >= 'a' && b <= 'z') {
      d = b - 'a' + 10;
    } else if (b >= 'A' && b <= 'Z') {
      d = b - 'A' + 10;
    } else {
      return -1;
    }
    return d < base ? d : -1;
  }

  static boolean isCSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }
}
