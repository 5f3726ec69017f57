package dev.breakwater.minidump.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mozilla's macOS crash-info stream: the {@code __crash_info} records macOS libraries leave behind
 * (abort messages, assertion texts). The fixed part of a record is packed like the other minidump
 * structures: stream type, then 64-bit version, thread, dialog mode and (version 5 and later) abort
 * cause; the strings follow at the stream's {@code record_start_size}.
 */
public record MacCrashInfo(List<Record> records) {
  static final int MAX_RECORDS = 20;

  /** One {@code __crash_info} record. */
  public record Record(
      long version,
      long thread,
      long dialogMode,
      Long abortCause,
      String module,
      String message,
      String signatureString,
      String backtrace,
      String message2) {}

  public static MacCrashInfo read(ByteSource data, Location stream) {
    if (stream.size() < 12) {
      throw new FormatException("macOS crash info stream of " + stream.size() + " bytes");
    }
    long count = Math.min(data.u32(stream.rva() + 4), MAX_RECORDS);
    long startSize = data.u32(stream.rva() + 8);
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < count && 12 + 8L * (i + 1) <= stream.size(); i++) {
      Location location = Location.read(data, stream.rva() + 12 + 8L * i);
      if (location.size() >= startSize
          && startSize >= 28
          && data.contains(location.rva(), location.size())) {
        records.add(record(data, location, startSize));
      }
    }
    return new MacCrashInfo(records);
  }

  private static Record record(ByteSource data, Location location, long startSize) {
    long at = location.rva();
    long version = data.u64(at + 4);
    Long abortCause = version > 4 && startSize >= 36 ? data.u64(at + 28) : null;
    byte[] text = data.bytes(at + startSize, (int) Math.min(location.size() - startSize, 1 << 20));
    List<String> strings = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length && strings.size() < 5; i++) {
      if (text[i] == 0) {
        strings.add(new String(text, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    while (strings.size() < 5) {
      strings.add("");
    }
    return new Record(
        version,
        data.u64(at + 12),
        data.u64(at + 20),
        abortCause,
        strings.get(0),
        strings.get(1),
        strings.get(2),
        strings.get(3),
        strings.get(4));
  }
}
