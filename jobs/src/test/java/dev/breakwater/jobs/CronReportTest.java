package dev.breakwater.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CronReportTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T03:00:00Z");
  private static final Duration STALE = Duration.ofHours(2);

  @Test
  void jobsThatNeverRanAreStale() {
    CronReport report = CronReport.of(List.of(status("a", null)), STALE, NOW);
    assertEquals(CronReport.STALE, report.status());
    assertNull(report.lastRun());
  }

  @Test
  void recentRunsAreAllGood() {
    JobLock ran = lock("a", NOW.minusMinutes(5), NOW.plusMinutes(55), 0, null);
    CronReport report = CronReport.of(List.of(status("a", ran)), STALE, NOW);
    assertEquals(CronReport.ALLGOOD, report.status());
    assertEquals(List.of(), report.broken());
  }

  @Test
  void oldRunsAreStaleWithTheNewestRun() {
    OffsetDateTime old = NOW.minusHours(3);
    JobLock ran = lock("a", old, NOW.minusHours(2).minusMinutes(30), 0, null);
    CronReport report = CronReport.of(List.of(status("a", ran)), STALE, NOW);
    assertEquals(CronReport.STALE, report.status());
    assertEquals(old, report.lastRun());
    assertEquals(List.of("a"), report.stale());
  }

  @Test
  void aFailedJobIsBrokenWithItsLastError() {
    JobLock ok = lock("a", NOW.minusMinutes(5), NOW.plusMinutes(55), 0, null);
    JobLock failing = lock("b", NOW.minusMinutes(1), NOW.minusMinutes(1), 3, "IOException: gone");
    CronReport report = CronReport.of(List.of(status("a", ok), status("b", failing)), STALE, NOW);
    assertEquals(CronReport.BROKEN, report.status());
    assertEquals(List.of("b"), report.broken());
    assertEquals(Map.of("b", "IOException: gone"), report.errors());
  }

  private static JobStatus status(String name, JobLock lock) {
    JobSpec spec =
        new JobSpec(
            name, Duration.ofHours(1), Optional.empty(), false, Duration.ofMinutes(5), true);
    return new JobStatus(spec, lock, NOW);
  }

  private static JobLock lock(
      String name, OffsetDateTime lastRun, OffsetDateTime nextDue, int errors, String error) {
    return JobLock.of(name, lastRun, nextDue, errors, error);
  }
}
