package dev.breakwater.webapp.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.jobs.CronReport;
import dev.breakwater.jobs.JobControls;
import dev.breakwater.jobs.JobStatus;
import dev.breakwater.jobs.JobTick;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /monitoring/cron}: the scheduled jobs' health for external monitors, in Socorro's
 * shape: {@code {"status": "ALLGOOD"}}; {@code "Stale"} with {@code last_run} (the newest run of
 * any job, when it is too old) and {@code stale} (jobs overdue); {@code "Broken"} with {@code
 * broken} (jobs whose latest run failed) and {@code errors} (their last errors). Always 200, as
 * Socorro's, so a monitor reads the status; 503 only when the job state cannot be read.
 */
@WebServlet(urlPatterns = "/monitoring/cron")
public class CronMonitoringServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CronMonitoringServlet.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Django's JSON encoder: ISO-8601, milliseconds, {@code Z} for UTC. */
  private static final DateTimeFormatter DJANGO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]'Z'");

  @Inject transient JobControls controls;

  @Inject transient JobTick tick;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ObjectNode body;
    try {
      List<JobStatus> jobs = controls.jobs();
      OffsetDateTime now = jobs.isEmpty() ? OffsetDateTime.now(ZoneOffset.UTC) : jobs.get(0).now();
      body = render(CronReport.of(jobs, tick.settings().staleAfter(), now));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "/monitoring/cron: could not read the job state", e);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "job state unavailable");
      return;
    }
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    JSON.writeValue(response.getOutputStream(), body);
  }

  static ObjectNode render(CronReport report) {
    ObjectNode body = JSON.createObjectNode().put("status", report.status());
    if (report.lastRun() != null) {
      body.put("last_run", django(report.lastRun()));
    }
    if (!report.stale().isEmpty()) {
      report.stale().forEach(body.putArray("stale")::add);
    }
    if (!report.broken().isEmpty()) {
      report.broken().forEach(body.putArray("broken")::add);
      ObjectNode errors = body.putObject("errors");
      report.errors().forEach(errors::put);
    }
    return body;
  }

  static String django(OffsetDateTime time) {
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
    return utc.getNano() == 0
        ? DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").format(utc)
        : DJANGO.format(utc);
  }
}
