package dev.breakwater.minidump.format;

import java.util.HashMap;
import java.util.Map;

/** MINIDUMP_THREAD_NAME_LIST: thread id to name. */
public final class ThreadNames {
  static final int ENTRY_SIZE = 12;

  private ThreadNames() {}

  public static Map<Long, String> read(ByteSource data, Location stream) {
    CountedList list = CountedList.read(data, stream, ENTRY_SIZE);
    Map<Long, String> names = new HashMap<>();
    for (int i = 0; i < list.count(); i++) {
      long at = list.entry(i);
      String name = MinidumpStrings.readOrNull(data, data.u64(at + 4));
      if (name != null) {
        names.put(data.u32(at), name);
      }
    }
    return names;
  }
}
