package dev.breakwater.minidump.symbols;

/**
 * Parses {@code STACK CFI INIT}, {@code STACK CFI} and {@code STACK WIN} records as Breakpad's
 * ParseStackInfo / ParseCFIFrameInfo / WindowsFrameInfo::ParseFromString do. Their numbers are read
 * without validation (plain {@code strtoul}), and CFI rules are kept as text until looked up.
 */
final class StackRecordParser {
  private final LineTokens tokens;
  private final BytePool pool;
  private final RecordsBuilder records;
  private final long[] winFields = new long[6];

  StackRecordParser(LineTokens tokens, BytePool pool, RecordsBuilder records) {
    this.tokens = tokens;
    this.pool = pool;
    this.records = records;
  }

  /** The text after {@code "STACK "}; returns false for a record Breakpad rejects. */
  boolean parse(byte[] b, int from, int end) {
    int platform = from;
    while (platform < end && b[platform] == ' ') {
      platform++;
    }
    int platformEnd = platform;
    while (platformEnd < end && b[platformEnd] != ' ') {
      platformEnd++;
    }
    if (platformEnd == end) {
      return false;
    }
    int rest = platformEnd + 1;
    if (is(b, platform, platformEnd, "WIN")) {
      return win(b, rest, end);
    }
    if (is(b, platform, platformEnd, "CFI")) {
      return cfi(b, rest, end);
    }
    return false;
  }

  private boolean cfi(byte[] b, int from, int end) {
    int first = from;
    while (first < end && b[first] == ' ') {
      first++;
    }
    if (end - first >= 4
        && b[first] == 'I'
        && b[first + 1] == 'N'
        && b[first + 2] == 'I'
        && b[first + 3] == 'T'
        && (first + 4 == end || b[first + 4] == ' ')) {
      if (!tokens.tokenize(b, from, end, 4)) {
        return false;
      }
      long base = tokens.unsigned(1, 16);
      long size = tokens.unsigned(2, 16);
      records.cfiInit(base, size, pool.add(b, tokens.start(3), tokens.end(3)));
      return true;
    }
    if (!tokens.tokenize(b, from, end, 2)) {
      return false;
    }
    long address = tokens.unsigned(0, 16);
    records.cfiDelta(address, pool.add(b, tokens.start(1), tokens.end(1)));
    return true;
  }

  /**
   * {@code STACK WIN <type> <rva> <code size> <prolog> <epilog> <params> <saved regs> <locals> <max
   * stack> <has program string> <program string | allocates base pointer>}.
   */
  private boolean win(byte[] b, int from, int end) {
    if (!tokens.tokenize(b, from, end, 11)) {
      return false;
    }
    long type = tokens.signed(0, 16);
    if (type < 0 || type > 4) {
      return false;
    }
    long rva = tokens.unsigned(1, 16);
    long codeSize = tokens.unsigned(2, 16);
    for (int i = 0; i < winFields.length; i++) {
      winFields[i] = tokens.unsigned(3 + i, 16) & 0xFFFF_FFFFL;
    }
    boolean hasProgram = (int) tokens.unsigned(9, 16) != 0;
    int program = -1;
    boolean allocatesBasePointer = false;
    if (hasProgram) {
      program = pool.add(b, tokens.start(10), tokens.end(10));
    } else {
      allocatesBasePointer = (int) tokens.unsigned(10, 16) != 0;
    }
    WinRecords table = records.win((int) type);
    if (table != null) {
      table.add(rva, codeSize, winFields, allocatesBasePointer, program);
    }
    return true;
  }

  private static boolean is(byte[] b, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (b[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
