package dev.breakwater.minidump.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.breakwater.minidump.testing.LeWriter;
import org.junit.jupiter.api.Test;

class CountedListTest {
  static CountedList read(byte[] stream, int entrySize) {
    return CountedList.read(ByteSource.of(stream), new Location(stream.length, 0), entrySize);
  }

  @Test
  void entriesFollowTheCount() {
    CountedList list = read(new LeWriter().u32(2).zeros(32).toByteArray(), 16);
    assertEquals(2, list.count());
    assertEquals(4, list.entry(0));
    assertNull(list.problem());
  }

  @Test
  void oldMacDumpsPadTheCountToEightBytes() {
    CountedList list = read(new LeWriter().u32(2).u32(0).zeros(32).toByteArray(), 16);
    assertEquals(2, list.count());
    assertEquals(8, list.entry(0));
    assertEquals(24, list.entry(1));
  }

  @Test
  void aCountLargerThanTheStreamIsBoundedAndReported() {
    CountedList list = read(new LeWriter().u32(0xffffffffL).zeros(40).toByteArray(), 16);
    assertEquals(2, list.count());
    assertNotNull(list.problem());
  }
}
