package dev.breakwater.minidump.symbols;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The MODULE record that opens every Breakpad {@code .sym} file: {@code MODULE <os> <cpu> <debug
 * id> <debug file>}. {@link #read(InputStream)} applies the same checks as {@link
 * SymbolFile#parse(InputStream)} (Breakpad's tokenizer; a hex debug id; the debug file is the rest
 * of the line and may hold spaces) without reading more than the first line, so that a large file
 * can be checked before it is stored.
 */
public record ModuleRecord(String os, String cpu, String debugId, String debugFile) {

  /** Longest first line read; real MODULE records are well under a hundred bytes. */
  public static final int MAX_LINE = 64 * 1024;

  private static final byte[] MODULE = "MODULE ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Reads the MODULE record from the start of {@code in} (not closed; the rest is not read).
   *
   * @throws SymbolParseException when the first line is not a valid MODULE record
   */
  public static ModuleRecord read(InputStream in) throws IOException {
    byte[] line = firstLine(in);
    int from = SymParser.startsWith(line, 0, line.length, BOM) ? BOM.length : 0;
    SymRecordParser parser = new SymRecordParser();
    if (!SymParser.startsWith(line, from, line.length, MODULE)
        || !parser.module(line, from, line.length)) {
      throw new SymbolParseException(
          "missing or corrupt MODULE record: "
              + new String(line, 0, Math.min(line.length, 200), StandardCharsets.UTF_8));
    }
    String[] fields = parser.moduleFields();
    return new ModuleRecord(fields[0], fields[1], fields[2], fields[3]);
  }

  /** The first non-empty line without its line end, as {@link SymParser} splits lines. */
  private static byte[] firstLine(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    int length = 0;
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n' || c == '\r') {
        if (length > 0) {
          break;
        }
        continue;
      }
      if (length == MAX_LINE) {
        throw new SymbolParseException("missing MODULE record: first line longer than " + MAX_LINE);
      }
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[length++] = (byte) c;
    }
    if (length == 0) {
      throw new SymbolParseException("empty symbol file: no MODULE record");
    }
    return java.util.Arrays.copyOf(buffer, length);
  }
}
