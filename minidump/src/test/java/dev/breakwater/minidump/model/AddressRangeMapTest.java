package dev.breakwater.minidump.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressRangeMapTest {
  @Test
  void exclusiveRangesRefuseOverlapsAndFindByAddress() {
    AddressRangeMap<String> map = new AddressRangeMap<>(AddressRangeMap.Strategy.EXCLUSIVE);
    assertTrue(map.store(0x1000, 0x1000, "a"));
    assertTrue(map.store(0x3000, 0x1000, "b"));
    assertFalse(map.store(0x1800, 0x1000, "overlaps a"));
    assertFalse(map.store(0x5000, 0, "empty"));
    assertEquals("a", map.find(0x1fff).value());
    assertNull(map.find(0x2000));
    assertEquals("b", map.find(0x3000).value());
  }

  @Test
  void truncateLowerCutsTheLowerRangeAtTheHigherOnesBase() {
    AddressRangeMap<String> map = new AddressRangeMap<>(AddressRangeMap.Strategy.TRUNCATE_LOWER);
    assertTrue(map.store(0x1000, 0x2000, "low"));
    assertTrue(map.store(0x2000, 0x2000, "high"));
    assertEquals("low", map.find(0x1fff).value());
    assertEquals("high", map.find(0x2000).value());
    assertTrue(map.store(0x500, 0x1000, "lower still"));
    assertEquals("lower still", map.find(0xfff).value());
    assertEquals("low", map.find(0x1000).value());
    assertFalse(map.store(0x2000, 0x10, "same base"));
  }

  @Test
  void addressesAreUnsigned() {
    AddressRangeMap<String> map = new AddressRangeMap<>(AddressRangeMap.Strategy.EXCLUSIVE);
    assertTrue(map.store(0xffff800000000000L, 0x1000, "kernel"));
    assertTrue(map.store(0x7fff00000000L, 0x1000, "user"));
    assertEquals("kernel", map.find(0xffff800000000800L).value());
    assertEquals("user", map.ranges().get(0).value());
    assertFalse(map.store(0xfffffffffffff000L, 0x2000, "wraps"));
  }
}
