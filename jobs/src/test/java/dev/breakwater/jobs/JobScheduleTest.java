package dev.breakwater.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JobScheduleTest {

  @Test
  void shortAndIsoDurationsAreRead() {
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
    assertEquals(Duration.ofDays(7), Durations.parse("7d"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("PT90M"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("weekly"));
    assertTrue(e.getMessage().contains("'weekly'"), e.getMessage());
  }

  @Test
  void backoffDoublesUpToItsMaximum() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertEquals(Duration.ofMinutes(1), backoff.after(1));
    assertEquals(Duration.ofMinutes(2), backoff.after(2));
    assertEquals(Duration.ofMinutes(8), backoff.after(4));
    assertEquals(Duration.ofMinutes(10), backoff.after(5));
    assertEquals(Duration.ofMinutes(10), backoff.after(1000));
  }

  @Test
  void hourlySlotsFallOnTheHourAndWeeklyOnesOnTheSameWeekday() {
    JobSpec hourly = spec(Duration.ofHours(1), null);
    assertEquals(
        Instant.parse("2026-12-02T03:00:00Z"),
        hourly.slotAtOrBefore(Instant.parse("2026-12-02T03:59:59Z")));
    assertEquals(
        Instant.parse("2026-12-02T04:00:00Z"),
        hourly.slotAfter(Instant.parse("2026-12-02T03:00:00Z")));
    JobSpec weekly = spec(Duration.ofDays(7), LocalTime.of(6, 0));
    // 1970-01-01 was a Thursday, and so is 2026-11-26.
    assertEquals(
        Instant.parse("2026-11-26T06:00:00Z"),
        weekly.slotAtOrBefore(Instant.parse("2026-12-02T03:00:00Z")));
  }

  @Test
  void configurationOverridesTheTable() {
    JobSpec declared = JobTable.DECLARED.get(0);
    JobSpec changed =
        JobTable.configured(
            declared,
            settings(
                Map.of(
                    "breakwater.jobs." + declared.name() + ".frequency", "10s",
                    "breakwater.jobs." + declared.name() + ".time", "none",
                    "breakwater.jobs." + declared.name() + ".enabled", "false")));
    assertEquals(Duration.ofSeconds(10), changed.frequency());
    assertEquals(Optional.empty(), changed.time());
    assertEquals(declared.lease(), changed.lease());
    assertEquals(declared.backfill(), changed.backfill());
    assertTrue(!changed.enabled());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                JobTable.configured(
                    declared,
                    settings(Map.of("breakwater.jobs." + declared.name() + ".frequency", "0s"))));
    assertTrue(e.getMessage().contains("breakwater.jobs." + declared.name()), e.getMessage());
  }

  @Test
  void theConfigurationFileRepeatsTheTablesDefaults() throws IOException {
    Properties file = new Properties();
    try (InputStream in =
        JobTable.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      file.load(in);
    }
    for (JobSpec spec : JobTable.DECLARED) {
      String prefix = "breakwater.jobs." + spec.name() + ".";
      assertEquals(spec.frequency(), Durations.parse(file.getProperty(prefix + "frequency")));
      assertEquals(
          spec.time().map(LocalTime::toString).orElse("none"), file.getProperty(prefix + "time"));
      assertEquals(spec.lease(), Durations.parse(file.getProperty(prefix + "lease")));
      assertEquals(String.valueOf(spec.enabled()), file.getProperty(prefix + "enabled"));
    }
  }

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  private static JobSpec spec(Duration every, LocalTime time) {
    return new JobSpec("j", every, Optional.ofNullable(time), false, Duration.ofMinutes(5), true);
  }
}
