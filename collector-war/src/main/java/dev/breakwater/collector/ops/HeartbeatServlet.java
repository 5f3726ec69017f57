package dev.breakwater.collector.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.collector.health.DependencyChecks;
import dev.breakwater.collector.throttle.Throttler;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dockerflow {@code /__heartbeat__}: checks storage and queue; 200 when both work, 503 with the
 * errors otherwise. Body {@code {"status": "ok"|"error", "checks": {...}, "details": {...}}}.
 */
@WebServlet(urlPatterns = "/__heartbeat__")
public class HeartbeatServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject private transient DependencyChecks checks;

  @Inject private transient Throttler throttler;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> problems = checks.problems();
    Map<String, Object> checkResults = new LinkedHashMap<>();
    for (String name : new String[] {"storage", "queue"}) {
      checkResults.put(name, problems.containsKey(name) ? "error" : "ok");
    }
    Map<String, Object> details = new LinkedHashMap<>(problems);
    details.put("throttle_rules_revision", throttler.revision());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", problems.isEmpty() ? "ok" : "error");
    body.put("checks", checkResults);
    body.put("details", details);
    response.setStatus(problems.isEmpty() ? 200 : 503);
    response.setContentType("application/json");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
