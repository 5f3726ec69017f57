package dev.breakwater.webapp.ui.report;

import dev.breakwater.common.crash.CrashId;
import dev.breakwater.common.queue.CrashQueues;
import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.auth.login.CsrfToken;
import dev.breakwater.webapp.messaging.BrokerMessages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code POST /report/reprocess} from the report page's Reprocess button ({@code crash_id} and the
 * session's form token): queues the crash on {@code crashes.reprocessing}, as the Reprocessing API
 * does, for visitors with {@code reprocess_crashes}; then back to the report (post, redirect, get).
 */
@WebServlet(urlPatterns = ReprocessServlet.PATH)
public class ReprocessServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/report/reprocess";

  /** Query parameter of the redirect back: the report says the crash was queued. */
  static final String QUEUED = "reprocessing";

  @Inject transient Caller caller;
  @Inject transient BrokerMessages messages;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String crashId = request.getParameter("crash_id");
    if (crashId == null || !CrashId.isValid(crashId)) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Invalid crash ID");
      return;
    }
    if (!caller.grants().has(Permission.REPROCESS_CRASHES)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN,
          "Reprocessing needs the '" + Permission.REPROCESS_CRASHES.displayName() + "' permission");
      return;
    }
    if (!CsrfToken.matches(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form had expired; try again");
      return;
    }
    messages.toQueue(CrashQueues.REPROCESSING, List.of(crashId));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + ReportServlet.PATH + crashId + "?" + QUEUED + "=1");
  }
}
