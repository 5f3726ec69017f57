package dev.breakwater.webapp.ui.search;

import dev.breakwater.common.crash.CrashId;
import dev.breakwater.webapp.ui.QueryString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code /search/quick/?query=...}, the header's search box: a crash ID (with or without {@code
 * bp-}) opens its report, anything else searches for signatures containing it.
 */
@WebServlet(urlPatterns = "/search/quick/*")
public class QuickSearchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    String query = request.getParameter("query");
    query = query == null ? "" : query.strip();
    String id = query.startsWith("bp-") ? query.substring(3) : query;
    String location;
    if (CrashId.isValid(id)) {
      location = request.getContextPath() + "/report/index/" + id;
    } else if (query.isEmpty()) {
      location = request.getContextPath() + SearchServlet.PATH;
    } else {
      location =
          QueryString.link(
              request.getContextPath() + SearchServlet.PATH,
              Map.of("signature", List.of("~" + query)));
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }
}
