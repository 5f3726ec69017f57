package dev.breakwater.common.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"breakwater", "crash-reports-2025", "abc", "a1b"})
  void validNamesPass(String name) {
    assertEquals(name, BucketNames.requireValid(name));
  }

  @Test
  void periodIsRefusedWithReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BucketNames.requireValid("crash.data"));
    assertTrue(e.getMessage().contains("period"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "Crashes", "-crashes", "crashes-", "crash_data", "xn--abc"})
  void invalidNamesAreRefused(String name) {
    assertThrows(IllegalArgumentException.class, () -> BucketNames.requireValid(name));
  }
}
