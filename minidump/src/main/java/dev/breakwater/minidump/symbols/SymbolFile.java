package dev.breakwater.minidump.symbols;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * One parsed Breakpad {@code .sym} file: immutable, thread-safe and compact. Records are kept in
 * sorted primitive arrays (no object per line record), names and rule texts once each in a byte
 * pool; STACK CFI rules are parsed only when an address is looked up.
 *
 * <p>Lookups follow Breakpad's BasicSourceLineResolver exactly, including which of overlapping or
 * duplicate records wins, so that stack walks match {@code minidump_stackwalk}.
 */
public final class SymbolFile {
  private final Header header;
  private final BytePool pool;
  private final IdNames files;
  private final IdNames origins;
  private final FunctionTable functions;
  private final PublicTable publics;
  private final CfiTable cfi;
  private final WinTable[] win;
  private final long sourceBytes;

  /** MODULE and INFO CODE_ID fields, and the count of rejected lines. */
  record Header(
      String os,
      String cpu,
      String debugId,
      String debugFile,
      String codeId,
      String codeFile,
      String url,
      int badLines,
      int badInlineLines) {}

  SymbolFile(
      Header header,
      BytePool pool,
      IdNames files,
      IdNames origins,
      FunctionTable functions,
      PublicTable publics,
      CfiTable cfi,
      WinTable[] win,
      long sourceBytes) {
    this.header = header;
    this.pool = pool;
    this.files = files;
    this.origins = origins;
    this.functions = functions;
    this.publics = publics;
    this.cfi = cfi;
    this.win = win;
    this.sourceBytes = sourceBytes;
  }

  /**
   * Parses a {@code .sym} file. Throws {@link SymbolParseException} when the file has no valid
   * MODULE record (an empty or foreign file); stray bad lines are skipped and counted ({@link
   * #badLineCount()}).
   */
  public static SymbolFile parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  /** Parses a {@code .sym} file from a stream (not closed). */
  public static SymbolFile parse(InputStream in) throws IOException {
    return SymParser.parse(in);
  }

  public String os() {
    return header.os();
  }

  public String cpu() {
    return header.cpu();
  }

  public String debugId() {
    return header.debugId();
  }

  public String debugFile() {
    return header.debugFile();
  }

  /** The code id of {@code INFO CODE_ID}, or null. */
  public String codeId() {
    return header.codeId();
  }

  /** The code file of {@code INFO CODE_ID}, or null. */
  public String codeFile() {
    return header.codeFile();
  }

  /**
   * Where the file was downloaded from, as recorded by a symbol cache in an {@code INFO URL}
   * record, or null.
   */
  public String sourceUrl() {
    return header.url();
  }

  /**
   * Lines Breakpad would reject and count as errors (malformed records, line records without a
   * FUNC, duplicate PUBLIC addresses, NUL bytes); Breakpad calls a module with any of them corrupt.
   * The records that could be read are still used.
   */
  public int badLineCount() {
    return header.badLines();
  }

  /** Malformed INLINE and INLINE_ORIGIN lines, which Breakpad skips without marking corruption. */
  public int badInlineLineCount() {
    return header.badInlineLines();
  }

  /** True when some lines were rejected: the symbols are usable but partially corrupt. */
  public boolean isPartiallyCorrupt() {
    return header.badLines() > 0;
  }

  /** Size of the parsed text in bytes. */
  public long sourceBytes() {
    return sourceBytes;
  }

  /** Estimated heap used by this index, for memory-bounded caches. */
  public long estimatedMemoryBytes() {
    long total = 256 + pool.memoryBytes() + files.memoryBytes() + origins.memoryBytes();
    total += functions.memoryBytes() + publics.memoryBytes() + cfi.memoryBytes();
    return total + win[0].memoryBytes() + win[1].memoryBytes();
  }

  /** Number of FUNC records kept (overlapping ones are dropped, as Breakpad does). */
  public int functionCount() {
    return functions.count();
  }

  /** Address of the {@code index}th FUNC kept, in address order. */
  public long functionAddress(int index) {
    return functions.bases.get(index);
  }

  /** Size of the {@code index}th FUNC kept, in address order. */
  public long functionSize(int index) {
    return functions.sizes.get(index);
  }

  /** Name of the {@code index}th FUNC kept, in address order. */
  public String functionName(int index) {
    return pool.get(functions.names[index]);
  }

  /** Number of PUBLIC records kept. */
  public int publicCount() {
    return publics.names.length;
  }

  /**
   * Symbolizes a module-relative address (rva = instruction - module base) the way Breakpad's
   * SourceLineResolver::FillSourceLineInfo does: FUNC (with line record) or else the nearest PUBLIC
   * below it (unless a FUNC lies between them). Returns null when nothing covers the address.
   */
  public Symbolization symbolize(long rva) {
    int f = functions.nearest(rva);
    if (f >= 0 && functions.contains(f, rva)) {
      return functionSymbolization(f, rva);
    }
    int p = publics.atOrBelow(rva);
    if (p >= 0
        && (f < 0 || Long.compareUnsigned(publics.addresses.get(p), functions.bases.get(f)) > 0)) {
      return new Symbolization(
          pool.get(publics.names[p]),
          publics.addresses.get(p),
          null,
          0,
          0,
          publics.parameterSizes[p],
          publics.multiple[p],
          List.of());
    }
    return null;
  }

  private Symbolization functionSymbolization(int f, long rva) {
    LineTable lines = functions.lines;
    int line = lines.find(rva, functions.lineStart[f], functions.lineEnd[f]);
    String file = null;
    int lineNumber = 0;
    long lineBase = 0;
    if (line >= 0) {
      file = fileName(lines.files[line]);
      lineNumber = lines.numbers[line];
      lineBase = lines.bases.get(line);
    }
    InlineResolver.Result inline =
        InlineResolver.resolve(this, functions, f, rva, file, lineNumber);
    return new Symbolization(
        pool.get(functions.names[f]),
        functions.bases.get(f),
        inline.sourceFile(),
        inline.sourceLine(),
        lineBase,
        functions.parameterSizes[f],
        functions.multiple[f],
        inline.frames());
  }

  /**
   * Module-relative start of each inlined function at {@code rva}, in the order of {@link
   * Symbolization#inlines()}: the start of the inline range containing the address, which Breakpad
   * uses as the inline frame's function base.
   */
  public long[] inlineFunctionBases(long rva) {
    int f = functions.nearest(rva);
    if (f < 0 || !functions.contains(f, rva)) {
      return new long[0];
    }
    return InlineResolver.functionBases(functions, f, rva);
  }

  /** STACK CFI rules in effect at rva (INIT rules plus deltas up to rva), or null. */
  public CfiRules findCfiRules(long rva) {
    return cfi.find(rva, pool);
  }

  /** STACK WIN record covering rva: Breakpad prefers FrameData (type 4) over FPO (type 0). */
  public WinFrameInfo findWinFrameInfo(long rva) {
    WinFrameInfo frameData = win[0].find(rva, pool);
    return frameData != null ? frameData : win[1].find(rva, pool);
  }

  /**
   * Parameter size of the FUNC covering rva when no STACK WIN record does: Breakpad's
   * FindWindowsFrameInfo then returns a frame info with only the parameter size valid, which the
   * x86 walker uses for the callee's parameters. Empty when a STACK WIN record covers rva or no
   * FUNC does.
   */
  public OptionalLong findFunctionParameterSize(long rva) {
    if (findWinFrameInfo(rva) != null) {
      return OptionalLong.empty();
    }
    int f = functions.nearest(rva);
    if (f >= 0 && functions.contains(f, rva)) {
      return OptionalLong.of(functions.parameterSizes[f] & 0xFFFF_FFFFL);
    }
    return OptionalLong.empty();
  }

  String fileName(int id) {
    int offset = files.find(id);
    return offset < 0 ? null : pool.get(offset);
  }

  String originName(int id) {
    int offset = origins.find(id);
    return offset < 0 ? null : pool.get(offset);
  }
}
