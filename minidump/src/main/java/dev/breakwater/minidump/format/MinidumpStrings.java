package dev.breakwater.minidump.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads MINIDUMP_STRING (length-prefixed UTF-16LE) and fixed-size UTF-16 arrays. */
public final class MinidumpStrings {
  /** Breakpad refuses longer strings (in UTF-16 units); so do we, to bound allocation. */
  static final int MAX_UNITS = 1024;

  private MinidumpStrings() {}

  /** The string at {@code rva}; throws {@link FormatException} when it is unreadable. */
  public static String read(ByteSource data, long rva) {
    if (rva == 0) {
      throw new FormatException("string at rva 0");
    }
    long bytes = data.u32(rva);
    if (bytes % 2 != 0) {
      throw new FormatException("odd-sized string of " + bytes + " bytes at " + rva);
    }
    if (bytes / 2 > MAX_UNITS) {
      throw new FormatException("string of " + bytes + " bytes at " + rva + " is too long");
    }
    return decode(data.bytes(rva + 4, (int) bytes));
  }

  /** The string at {@code rva}, or null when it cannot be read. */
  public static String readOrNull(ByteSource data, long rva) {
    try {
      return read(data, rva);
    } catch (FormatException e) {
      return null;
    }
  }

  /** A NUL-terminated UTF-16LE string inside a fixed array of {@code units} code units. */
  public static String fixed(ByteSource data, long offset, int units) {
    byte[] raw = data.bytes(offset, units * 2);
    int end = 0;
    while (end + 1 < raw.length && (raw[end] != 0 || raw[end + 1] != 0)) {
      end += 2;
    }
    byte[] text = new byte[end];
    System.arraycopy(raw, 0, text, 0, end);
    return decode(text);
  }

  /** UTF-16LE to a Java string; ill-formed units become U+FFFD; stops at the first NUL. */
  static String decode(byte[] utf16) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_16LE
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(utf16).order(ByteOrder.LITTLE_ENDIAN));
      String text = chars.toString();
      int nul = text.indexOf('\0');
      return nul >= 0 ? text.substring(0, nul) : text;
    } catch (CharacterCodingException e) {
      throw new FormatException("undecodable string: " + e.getMessage());
    }
  }
}
