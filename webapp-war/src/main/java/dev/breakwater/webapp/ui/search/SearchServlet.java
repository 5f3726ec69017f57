package dev.breakwater.webapp.ui.search;

import dev.breakwater.crash.search.SearchFields;
import dev.breakwater.webapp.ui.Pages;
import dev.breakwater.webapp.ui.QueryString;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /search/}: the Super Search page. What the form sends is redirected to the permalink (the
 * API's parameters), so the address bar always holds a URL that restores the search.
 */
@WebServlet(urlPatterns = {"/search", SearchServlet.PATH})
public class SearchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/search/";

  @Inject transient SearchFields fields;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (Pages.slashRedirected(request, response, PATH)) {
      return;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> parameters.put(k, List.of(v)));
    if (SearchForm.isFormPost(parameters)) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          QueryString.link(
              request.getContextPath() + PATH, SearchForm.permalink(parameters, fields)));
      return;
    }
    Pages.render(request, response, "search");
  }
}
