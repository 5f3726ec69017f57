package dev.breakwater.minidump.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growable little-endian byte buffer with back-patching, for building test dumps. */
public final class LeWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public int position() {
    return out.size();
  }

  public LeWriter u8(int value) {
    out.write(value);
    return this;
  }

  public LeWriter u16(int value) {
    return u8(value & 0xff).u8((value >>> 8) & 0xff);
  }

  public LeWriter u32(long value) {
    return u16((int) (value & 0xffff)).u16((int) ((value >>> 16) & 0xffff));
  }

  public LeWriter u64(long value) {
    return u32(value & 0xffffffffL).u32(value >>> 32);
  }

  public LeWriter bytes(byte[] data) {
    out.writeBytes(data);
    return this;
  }

  public LeWriter zeros(int count) {
    return bytes(new byte[count]);
  }

  /** Pads with zeros to a multiple of {@code alignment}. */
  public LeWriter align(int alignment) {
    while (position() % alignment != 0) {
      u8(0);
    }
    return this;
  }

  /** A MINIDUMP_STRING: byte length, UTF-16LE text, a NUL unit. */
  public LeWriter minidumpString(String text) {
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    return u32(utf16.length).bytes(utf16).u16(0);
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** Overwrites a 32-bit value in {@code data} at {@code offset}. */
  public static void patch32(byte[] data, int offset, long value) {
    for (int i = 0; i < 4; i++) {
      data[offset + i] = (byte) (value >>> (8 * i));
    }
  }

  /** Overwrites a 64-bit value in {@code data} at {@code offset}. */
  public static void patch64(byte[] data, int offset, long value) {
    patch32(data, offset, value & 0xffffffffL);
    patch32(data, offset + 4, value >>> 32);
  }
}
