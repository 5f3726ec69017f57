package dev.breakwater.webapp.ui.topcrashers;

import dev.breakwater.webapp.ui.Pages;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /topcrashers/?product=...}: Top Crashers; without a product, a 400 page. */
@WebServlet(urlPatterns = {"/topcrashers", TopCrashersServlet.PATH})
public class TopCrashersServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/topcrashers/";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (Pages.slashRedirected(request, response, PATH)) {
      return;
    }
    String product = request.getParameter("product");
    if (product == null || product.isBlank()) {
      Pages.render(request, response, "topcrashers-no-product", HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Pages.render(request, response, "topcrashers");
  }
}
