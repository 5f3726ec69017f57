package dev.breakwater.webapp.ui.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.common.crash.CrashId;
import dev.breakwater.crash.storage.StoredCrashes;
import dev.breakwater.webapp.crashes.PriorityRequests;
import dev.breakwater.webapp.ui.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /report/index/<crash id>}: the crash report page, or why there is none. A {@code bp-}
 * prefix (as crash reporters show the ID) redirects to the bare ID; a malformed ID is a 400 page;
 * an ID with no stored crash a 404 page; a crash stored but not processed yet a page that refreshes
 * itself while the crash is queued for priority processing.
 */
@WebServlet(urlPatterns = ReportServlet.PATH + "*")
public class ReportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/report/index/";

  /** Request attribute: the crash ID the page is about. */
  static final String CRASH_ID = ReportServlet.class.getName() + ".crashId";

  /** Request attribute: the processed crash as stored (ReportPage redacts it). */
  static final String PROCESSED_CRASH = ReportServlet.class.getName() + ".processedCrash";

  private static final String PREFIX = "bp-";

  @Inject transient StoredCrashes crashes;
  @Inject transient PriorityRequests priority;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (path.startsWith(PREFIX)) {
      String query = request.getQueryString();
      Pages.redirect(
          request,
          response,
          PATH + path.substring(PREFIX.length()) + (query == null ? "" : "?" + query));
      return;
    }
    request.setAttribute(CRASH_ID, path);
    if (!CrashId.isValid(path)) {
      Pages.render(request, response, "report-invalid", HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<ObjectNode> processed = crashes.processedCrash(path);
    if (processed.isPresent()) {
      request.setAttribute(PROCESSED_CRASH, processed.get());
      Pages.render(request, response, "report");
    } else if (crashes.hasRawCrash(path)) {
      priority.request(path);
      // Not cached: the next look should find the processed crash.
      response.setHeader("Cache-Control", "no-store");
      Pages.render(request, response, "report-pending");
    } else {
      Pages.render(request, response, "report-not-found", HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
