package dev.breakwater.minidump.symbols;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a {@code .sym} file in chunks and hands each line to {@link SymRecordParser}. Lines end at
 * {@code \r} or {@code \n} and empty lines are skipped, as Breakpad's {@code strtok_r(buffer,
 * "\r\n")} does.
 *
 * <p>Folklore: Breakpad turns NUL bytes inside the data into {@code '_'} and counts one error, but
 * silently drops NUL padding at the very end of the file; so does this reader (covered by
 * SymbolFileParseTest#nulBytes).
 */
final class SymParser {
  private static final int CHUNK = 1 << 20;

  /**
   * Longest line kept. Real records are at most a few KiB (long C++ names); a longer line is
   * counted as bad and skipped, so that a corrupt file cannot make the reader buffer all of it.
   */
  static final int MAX_LINE = 16 << 20;

  private static final byte[] MODULE = "MODULE ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final SymRecordParser records = new SymRecordParser();
  private byte[] buffer = new byte[1 << 14];
  private boolean sawFirstLine;
  private boolean nulInMiddle;
  private boolean skipping;
  private int filled;
  private int lineStart;
  private int scan;
  private boolean lineHasNul;
  private long bytesRead;

  static SymbolFile parse(InputStream in) throws IOException {
    SymParser parser = new SymParser();
    parser.readAll(in);
    return parser.records.build(parser.nulInMiddle, parser.bytesRead);
  }

  private void readAll(InputStream in) throws IOException {
    while (true) {
      if (filled == buffer.length) {
        makeRoom();
      }
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        break;
      }
      bytesRead += n;
      filled += n;
      scanLines();
    }
    finish();
  }

  /** Grows the buffer, or moves the incomplete last line to its start, or gives up on a line. */
  private void makeRoom() throws SymbolParseException {
    if (buffer.length < CHUNK) {
      // small files stay cheap to parse; large ones are read in 1 MiB chunks
      buffer = Arrays.copyOf(buffer, buffer.length * 4);
    } else if (lineStart > 0) {
      System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
      filled -= lineStart;
      scan -= lineStart;
      lineStart = 0;
    } else if (buffer.length < MAX_LINE) {
      buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, PackedLongs.grow(buffer.length)));
    } else {
      skipLongLine();
      filled = 0;
      scan = 0;
      lineHasNul = false;
    }
  }

  /** Hands every complete line in the buffer to the record parser. */
  private void scanLines() throws SymbolParseException {
    byte[] b = buffer;
    int end = filled;
    for (int i = scan; i < end; i++) {
      byte c = b[i];
      if (c >= 0 && c <= '\r' && (c == '\n' || c == '\r' || c == 0)) {
        if (c == 0) {
          lineHasNul = true;
        } else {
          if (skipping) {
            skipping = false;
          } else {
            line(lineStart, i, lineHasNul);
          }
          lineHasNul = false;
          lineStart = i + 1;
        }
      }
    }
    scan = end;
  }

  /** The last line, which has no line end; NUL padding at the end of the file is dropped. */
  private void finish() throws SymbolParseException {
    if (skipping) {
      lineStart = filled;
    }
    int end = filled;
    while (end > lineStart && buffer[end - 1] == 0) {
      end--;
    }
    boolean nul = false;
    for (int i = lineStart; i < end && lineHasNul; i++) {
      nul |= buffer[i] == 0;
    }
    line(lineStart, end, nul);
    if (!sawFirstLine) {
      throw new SymbolParseException("empty symbol file: no MODULE record");
    }
  }

  private void skipLongLine() throws SymbolParseException {
    if (!sawFirstLine) {
      throw new SymbolParseException("missing MODULE record: first line longer than " + MAX_LINE);
    }
    if (!skipping) {
      records.countBadLine();
    }
    skipping = true;
  }

  private void line(int start, int end, boolean hasNul) throws SymbolParseException {
    if (start == end) {
      return;
    }
    if (hasNul) {
      nulInMiddle = true;
      for (int i = start; i < end; i++) {
        if (buffer[i] == 0) {
          buffer[i] = '_';
        }
      }
    }
    if (sawFirstLine) {
      records.line(buffer, start, end);
      return;
    }
    sawFirstLine = true;
    int from = start;
    if (startsWith(buffer, start, end, BOM)) {
      // Breakpad would see an unknown first line; count it, but keep the MODULE record.
      records.countBadLine();
      from += BOM.length;
    }
    if (!startsWith(buffer, from, end, MODULE) || !records.module(buffer, from, end)) {
      throw new SymbolParseException(
          "missing or corrupt MODULE record: "
              + new String(buffer, start, Math.min(end - start, 200), StandardCharsets.UTF_8));
    }
  }

  static boolean startsWith(byte[] b, int start, int end, byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
