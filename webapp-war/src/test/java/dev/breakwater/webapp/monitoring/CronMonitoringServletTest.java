package dev.breakwater.webapp.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.breakwater.jobs.CronReport;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body of /monitoring/cron: Socorro's keys, and its dates as Django's encoder writes them. */
class CronMonitoringServletTest {

  @Test
  void allGoodIsTheStatusAlone() {
    CronReport report = new CronReport(CronReport.ALLGOOD, null, List.of(), List.of(), Map.of());
    assertEquals("{\"status\":\"ALLGOOD\"}", CronMonitoringServlet.render(report).toString());
  }

  @Test
  void staleGivesTheLastRunInDjangosFormat() {
    CronReport report =
        new CronReport(
            CronReport.STALE,
            OffsetDateTime.parse("2026-12-01T04:00:00.123456+01:00"),
            List.of("verifyprocessed"),
            List.of(),
            Map.of());
    assertEquals(
        "{\"status\":\"Stale\",\"last_run\":\"2026-12-01T03:00:00.123Z\","
            + "\"stale\":[\"verifyprocessed\"]}",
        CronMonitoringServlet.render(report).toString());
  }

  @Test
  void brokenNamesTheJobsAndTheirErrors() {
    CronReport report =
        new CronReport(
            CronReport.BROKEN, null, List.of(), List.of("esclean"), Map.of("esclean", "boom"));
    assertEquals(
        "{\"status\":\"Broken\",\"broken\":[\"esclean\"],\"errors\":{\"esclean\":\"boom\"}}",
        CronMonitoringServlet.render(report).toString());
    assertEquals(
        "2026-12-01T04:00:00Z",
        CronMonitoringServlet.django(OffsetDateTime.parse("2026-12-01T04:00:00Z")));
  }
}
