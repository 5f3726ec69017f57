package dev.breakwater.minidump.symbols;

import java.nio.charset.StandardCharsets;

/**
 * Parses one {@code .sym} line at a time with the checks of Breakpad's SymbolParseHelper and
 * BasicSourceLineResolver::Module::LoadMapFromMemory, so that the same lines are accepted, and
 * counts the rejected ones (Breakpad's {@code num_errors}; INLINE problems are counted apart, as
 * Breakpad does not let them mark the module corrupt).
 */
final class SymRecordParser {
  private static final byte[] FILE = ascii("FILE ");
  private static final byte[] STACK = ascii("STACK ");
  private static final byte[] STACK_CFI = ascii("STACK CFI ");
  private static final byte[] FUNC = ascii("FUNC ");
  private static final byte[] PUBLIC = ascii("PUBLIC ");
  private static final byte[] MODULE = ascii("MODULE ");
  private static final byte[] INFO = ascii("INFO ");
  private static final byte[] INLINE = ascii("INLINE ");
  private static final byte[] INLINE_ORIGIN = ascii("INLINE_ORIGIN ");

  private final LineTokens tokens = new LineTokens();
  private final FastRecords fast = new FastRecords();
  private final BytePool pool = new BytePool(1 << 10);
  private final IntList fileIds = new IntList(16);
  private final IntList fileNames = new IntList(16);
  private final IntList originIds = new IntList(16);
  private final IntList originNames = new IntList(16);
  private final FunctionsBuilder functions = new FunctionsBuilder();
  private final RecordsBuilder records = new RecordsBuilder();
  private final StackRecordParser stack = new StackRecordParser(tokens, pool, records);
  private final long[] inlineRanges = new long[1024];

  private String[] module;
  private String codeId;
  private String codeFile;
  private String url;
  private int badLines;
  private int badInlineLines;

  void countBadLine() {
    badLines++;
  }

  /** The MODULE record: {@code MODULE <os> <cpu> <debug id> <debug file>}. */
  boolean module(byte[] b, int start, int end) {
    if (!tokens.tokenize(b, start + MODULE.length, end, 4)) {
      return false;
    }
    for (int i = tokens.start(2); i < tokens.end(2); i++) {
      if (LineTokens.digit(b[i], 16) < 0) {
        return false;
      }
    }
    module = new String[4];
    for (int t = 0; t < 4; t++) {
      module[t] = text(b, tokens.start(t), tokens.end(t));
    }
    return true;
  }

  /** The fields of the MODULE record read by {@link #module}: os, cpu, debug id, debug file. */
  String[] moduleFields() {
    return module.clone();
  }

  /**
   * One line after the MODULE record. Breakpad tests the record prefixes in turn and treats
   * anything else as a line record; the prefixes do not overlap, so dispatching on the first
   * character gives the same result.
   */
  void line(byte[] b, int start, int end) {
    boolean ok =
        switch (b[start]) {
          case 'F' -> fOrLine(b, start, end);
          case 'S' ->
              SymParser.startsWith(b, start, end, STACK)
                  ? stack.parse(b, start + STACK.length, end)
                  : lineRecord(b, start, end);
          case 'P' ->
              SymParser.startsWith(b, start, end, PUBLIC)
                  ? publicSymbol(b, start, end)
                  : lineRecord(b, start, end);
          case 'M' -> SymParser.startsWith(b, start, end, MODULE) || lineRecord(b, start, end);
          case 'I' -> iOrLine(b, start, end);
          default -> lineRecord(b, start, end);
        };
    if (!ok) {
      badLines++;
    }
  }

  private boolean fOrLine(byte[] b, int start, int end) {
    if (SymParser.startsWith(b, start, end, FILE)) {
      return file(b, start, end);
    }
    if (SymParser.startsWith(b, start, end, FUNC)) {
      return function(b, start, end);
    }
    return lineRecord(b, start, end);
  }

  private boolean iOrLine(byte[] b, int start, int end) {
    if (end - start > 7 && b[start + 1] == 'N' && b[start + 2] == 'L') {
      if (SymParser.startsWith(b, start, end, INLINE)) {
        badInlineLines += inline(b, start, end) ? 0 : 1;
        return true;
      }
      if (SymParser.startsWith(b, start, end, INLINE_ORIGIN)) {
        badInlineLines += inlineOrigin(b, start, end) ? 0 : 1;
        return true;
      }
    }
    if (SymParser.startsWith(b, start, end, INFO)) {
      return info(b, start, end);
    }
    return lineRecord(b, start, end);
  }

  private boolean lineRecord(byte[] b, int start, int end) {
    return functions.hasFunction()
        && (fast.sourceLine(b, start, end, functions) || sourceLine(b, start, end));
  }

  private boolean stackOrLine(byte[] b, int start, int end) {
    if (SymParser.startsWith(b, start, end, STACK_CFI)) {
      int rules = fast.cfiDeltaAddress(b, start + STACK_CFI.length, end);
      if (rules >= 0) {
        records.cfiDelta(fast.value(), pool.add(b, rules, end));
        return true;
      }
    }
    if (SymParser.startsWith(b, start, end, STACK)) {
      return stack.parse(b, start + STACK.length, end);
    }
    return lineRecord(b, start, end);
  }

  /** {@code FILE <id> <name>}. */
  private boolean file(byte[] b, int start, int end) {
    if (!tokens.tokenize(b, start + FILE.length, end, 2)) {
      return false;
    }
    long id = tokens.signed(0, 10);
    if (!tokens.validAfterNumber(0) || id < 0 || id == Long.MAX_VALUE) {
      return false;
    }
    fileIds.add((int) id);
    fileNames.add(pool.add(b, tokens.start(1), tokens.end(1)));
    return true;
  }

  /** {@code FUNC [m] <address> <size> <parameter size> <name>}; a bad one ends the function. */
  private boolean function(byte[] b, int start, int end) {
    functions.closeFunction();
    if (!tokens.tokenize(b, start + FUNC.length, end, 4)) {
      return false;
    }
    boolean multiple = tokens.tokenEquals(0, "m");
    if (multiple && !tokens.splitLast()) {
      return false;
    }
    int t = multiple ? 1 : 0;
    long address = address(t);
    long size = address(t + 1);
    long parameterSize = parameterSize(t + 2);
    if (address == -1 || size == -1 || parameterSize < 0) {
      return false;
    }
    int name = pool.add(b, tokens.start(t + 3), tokens.end(t + 3));
    functions.startFunction(address, size, name, (int) parameterSize, multiple);
    return true;
  }

  /** {@code PUBLIC [m] <address> <parameter size> <name>}. */
  private boolean publicSymbol(byte[] b, int start, int end) {
    functions.closeFunction();
    if (!tokens.tokenize(b, start + PUBLIC.length, end, 3)) {
      return false;
    }
    boolean multiple = tokens.tokenEquals(0, "m");
    if (multiple && !tokens.splitLast()) {
      return false;
    }
    int t = multiple ? 1 : 0;
    long address = address(t);
    long parameterSize = parameterSize(t + 1);
    if (address == -1 || parameterSize < 0) {
      return false;
    }
    // Folklore: ntdll.pdb has PUBLICs at address 0 (_CIlog, _CIpow, ...); Breakpad accepts and
    // ignores them (covered by SymbolFileParseTest#publicAtZeroIsIgnored).
    if (address != 0) {
      int name = pool.add(b, tokens.start(t + 2), tokens.end(t + 2));
      records.publicSymbol(address, name, (int) parameterSize, multiple);
    }
    return true;
  }

  /** {@code <address> <size> <line> <file id>} after a FUNC. */
  private boolean sourceLine(byte[] b, int start, int end) {
    if (!tokens.tokenize(b, start, end, 4)) {
      return false;
    }
    long address = address(0);
    long size = address(1);
    long line = tokens.signed(2, 10);
    if (address == -1 || size == -1 || !tokens.validAfterNumber(2) || line == Long.MAX_VALUE) {
      return false;
    }
    long file = tokens.signed(3, 10);
    if (!tokens.validAfterNumber(3) || file < 0 || file == Long.MAX_VALUE || line < 0) {
      return false;
    }
    functions.line(address, size, (int) line, (int) file);
    return true;
  }

  /**
   * {@code INFO CODE_ID <code id> [<code file>]} and {@code INFO URL <url>} (added by symbol caches
   * to remember where a file was downloaded from); other INFO records are ignored.
   */
  private boolean info(byte[] b, int start, int end) {
    if (!tokens.tokenize(b, start + INFO.length, end, 2)) {
      return true;
    }
    int restStart = tokens.start(1);
    if (tokens.tokenEquals(0, "URL") && url == null) {
      url = text(b, restStart, end).trim();
    } else if (tokens.tokenEquals(0, "CODE_ID") && codeId == null) {
      if (tokens.tokenize(b, restStart, end, 2)) {
        codeId = text(b, tokens.start(0), tokens.end(0));
        codeFile = text(b, tokens.start(1), tokens.end(1));
      } else {
        codeId = text(b, restStart, end).trim();
      }
    }
    return true;
  }

  /** {@code INLINE_ORIGIN <id> [<file id>] <name>} (the file id only in the old format). */
  private boolean inlineOrigin(byte[] b, int start, int end) {
    if (!tokens.tokenize(b, start + INLINE_ORIGIN.length, end, 2)) {
      return false;
    }
    long id = tokens.signed(0, 10);
    if (!tokens.validAfterNumber(0) || id < 0 || id == Long.MAX_VALUE) {
      return false;
    }
    int restStart = tokens.start(1);
    int restEnd = tokens.end(1);
    boolean hasFileId = true;
    for (int i = restStart; i < restEnd && b[i] != ' ' && hasFileId; i++) {
      hasFileId = (b[i] == '-' && i == restStart) || (b[i] >= '0' && b[i] <= '9');
    }
    if (hasFileId) {
      if (!tokens.tokenize(b, restStart, restEnd, 2)) {
        return false;
      }
      long fileId = tokens.signed(0, 10);
      if (!tokens.validAfterNumber(0) || fileId < -1 || fileId == Long.MAX_VALUE) {
        return false;
      }
    }
    originIds.add((int) id);
    originNames.add(pool.add(b, tokens.start(1), tokens.end(1)));
    return true;
  }

  /**
   * {@code INLINE <nest level> <call line> [<call file id>] <origin id> (<address> <size>)+}; the
   * new format (with the call file) has an even number of fields.
   */
  private boolean inline(byte[] b, int start, int end) {
    int fields = fast.inline(b, start + INLINE.length, end, inlineRanges);
    if (fields > 0) {
      return fastInline(fields);
    }
    tokens.tokenize(b, start + INLINE.length, end, 512);
    int count = tokens.count();
    boolean hasCallFile = count % 2 == 0;
    if (count < 5) {
      return false;
    }
    long nestLevel = decimal(0, 0);
    long callLine = decimal(1, 0);
    long callFile = hasCallFile ? decimal(2, -1) : InlineTable.NO_CALL_FILE;
    int next = hasCallFile ? 3 : 2;
    long origin = decimal(next++, 0);
    if (nestLevel == Long.MIN_VALUE
        || callLine == Long.MIN_VALUE
        || callFile == Long.MIN_VALUE
        || origin == Long.MIN_VALUE) {
      return false;
    }
    int ranges = 0;
    for (; next + 1 < count; next += 2) {
      long address = address(next);
      long size = address(next + 1);
      if (address == -1 || size == -1) {
        return false;
      }
      inlineRanges[2 * ranges] = address;
      inlineRanges[2 * ranges++ + 1] = size;
    }
    if (!functions.hasFunction()) {
      return false;
    }
    functions
        .inlines()
        .add((int) nestLevel, (int) callLine, (int) callFile, (int) origin, inlineRanges, ranges);
    return true;
  }

  /** An INLINE record already split by {@link FastRecords#inline}; its numbers are all valid. */
  private boolean fastInline(int fields) {
    if (!functions.hasFunction()) {
      return false;
    }
    long[] f = inlineRanges;
    boolean hasCallFile = fields % 2 == 0;
    int first = hasCallFile ? 4 : 3;
    int nestLevel = (int) f[0];
    int callLine = (int) f[1];
    int callFile = hasCallFile ? (int) f[2] : InlineTable.NO_CALL_FILE;
    int origin = (int) f[first - 1];
    System.arraycopy(f, first, f, 0, fields - first);
    functions.inlines().add(nestLevel, callLine, callFile, origin, f, (fields - first) / 2);
    return true;
  }

  /** A hex address or size: -1 (ULLONG_MAX) when invalid, as Breakpad rejects it. */
  private long address(int token) {
    long value = tokens.unsigned(token, 16);
    return tokens.validAfterNumber(token) ? value : -1;
  }

  /** A hex parameter size: negative when invalid. */
  private long parameterSize(int token) {
    long value = tokens.signed(token, 16);
    return tokens.validAfterNumber(token) && value != Long.MAX_VALUE ? value : -1;
  }

  /** A decimal field at least {@code min}: Long.MIN_VALUE when invalid. */
  private long decimal(int token, long min) {
    long value = tokens.signed(token, 10);
    boolean ok = tokens.validAfterNumber(token) && value >= min && value != Long.MAX_VALUE;
    return ok ? value : Long.MIN_VALUE;
  }

  SymbolFile build(boolean nulInMiddle, long bytesRead) {
    FunctionTable functionTable = functions.build();
    PublicTable publicTable = records.buildPublics();
    badLines += records.duplicatePublics + (nulInMiddle ? 1 : 0);
    pool.trim();
    SymbolFile.Header header =
        new SymbolFile.Header(
            module[0],
            module[1],
            module[2],
            module[3],
            codeId,
            codeFile,
            url,
            badLines,
            badInlineLines);
    return new SymbolFile(
        header,
        pool,
        IdNames.of(fileIds, fileNames),
        IdNames.of(originIds, originNames),
        functionTable,
        publicTable,
        records.buildCfi(),
        new WinTable[] {records.buildFrameData(), records.buildFpo()},
        bytesRead);
  }

  static String text(byte[] b, int start, int end) {
    return new String(b, start, end - start, StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
