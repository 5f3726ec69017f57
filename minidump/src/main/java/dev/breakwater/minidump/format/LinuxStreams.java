package dev.breakwater.minidump.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Breakpad's Linux streams: /proc files copied as text, and the auxiliary vector. */
public final class LinuxStreams {
  /** Text streams larger than this are cut (maps of huge processes run to megabytes). */
  static final int MAX_TEXT = 16 * 1024 * 1024;

  private LinuxStreams() {}

  /** The stream's bytes as text (Latin-1 bytes stay as they are, NULs are kept). */
  public static String text(ByteSource data, Location stream) {
    int length = (int) Math.min(stream.size(), MAX_TEXT);
    return new String(data.bytes(stream.rva(), length), StandardCharsets.UTF_8);
  }

  /** NUL-separated strings (cmdline, environ). */
  public static List<String> nulSeparated(ByteSource data, Location stream) {
    List<String> parts = new ArrayList<>();
    for (String part : text(data, stream).split("\0")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** The auxiliary vector as (type, value) pairs of the CPU's word size. */
  public static List<long[]> auxv(ByteSource data, Location stream, int wordSize) {
    List<long[]> entries = new ArrayList<>();
    long pairs = stream.size() / (2L * wordSize);
    for (long i = 0; i < pairs; i++) {
      long at = stream.rva() + i * 2 * wordSize;
      long type = wordSize == 8 ? data.u64(at) : data.u32(at);
      long value = wordSize == 8 ? data.u64(at + 8) : data.u32(at + 4);
      entries.add(new long[] {type, value});
    }
    return entries;
  }
}
