package dev.breakwater.common.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrashIdTest {

  @Test
  void createdIdEndsWithThrottleDigitAndDate() {
    String id = CrashId.create(LocalDate.of(2016, 9, 18), CrashId.ACCEPT);

    assertTrue(CrashId.PATTERN.matcher(id).matches(), id);
    assertTrue(id.endsWith("0160918"), id);
    assertEquals(CrashId.ACCEPT, CrashId.throttleDigitOf(id));
    assertEquals(LocalDate.of(2016, 9, 18), CrashId.dateOf(id));
    assertEquals("20160918", CrashId.dateKeyOf(id));
  }

  @Test
  void deferredIdCarriesDigitOne() {
    String id = CrashId.create(LocalDate.of(2024, 1, 2), CrashId.DEFER);

    assertTrue(id.endsWith("1240102"), id);
    assertEquals(CrashId.DEFER, CrashId.throttleDigitOf(id));
  }

  @Test
  void idsAreRandom() {
    LocalDate day = LocalDate.of(2025, 11, 26);
    assertNotEquals(CrashId.create(day, 0), CrashId.create(day, 0));
  }

  @Test
  void refusesOtherThrottleDigits() {
    assertThrows(IllegalArgumentException.class, () -> CrashId.create(LocalDate.now(), 2));
  }

  @Test
  void socorroExampleIsValid() {
    String id = "de1bb258-cbbf-4589-a673-34f800160918";
    assertTrue(CrashId.isValid(id));
    assertEquals(LocalDate.of(2016, 9, 18), CrashId.dateOf(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "de1bb258-cbbf-4589-a673-34f80016091",
        "de1bb258-cbbf-4589-a673-34f8001609188",
        "DE1BB258-cbbf-4589-a673-34f800160918",
        "de1bb258-cbbf-4589-a673-34f80016091a",
        "de1bb258cbbf-4589-a673-34f8001609188",
        "de1bb258-cbbf-4589-a673-34f800161399",
        "de1bb258-cbbf-4589-a673-34f800160230",
        "../../../etc/passwd-4589-a673-3400160918",
      })
  void invalidIdsAreRefused(String value) {
    assertFalse(CrashId.isValid(value), value);
  }

  @Test
  void nullIsInvalid() {
    assertFalse(CrashId.isValid(null));
  }
}
