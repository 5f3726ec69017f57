package dev.breakwater.webapp.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How the page servlets hand a request to its Faces view: the public URL stays what the user sees
 * (and bookmarks), the view under {@code WEB-INF/views} renders it.
 */
public final class Pages {
  private Pages() {}

  /** Renders {@code view} ({@code report} is {@code WEB-INF/views/report.xhtml}). */
  public static void render(HttpServletRequest request, HttpServletResponse response, String view)
      throws ServletException, IOException {
    request.getRequestDispatcher("/WEB-INF/views/" + view + ".xhtml").forward(request, response);
  }

  /** Renders {@code view} with the response status {@code status} (a 404 or 400 page). */
  public static void render(
      HttpServletRequest request, HttpServletResponse response, String view, int status)
      throws ServletException, IOException {
    response.setStatus(status);
    render(request, response, view);
  }

  /**
   * Redirects a request for the page's path without its final slash ({@code /search}) to the page's
   * one address ({@code /search/}), keeping the query; false when it was already there.
   */
  public static boolean slashRedirected(
      HttpServletRequest request, HttpServletResponse response, String path) {
    if (request.getServletPath().equals(path)) {
      return false;
    }
    String query = request.getQueryString();
    redirect(request, response, path + (query == null ? "" : "?" + query));
    return true;
  }

  /** A permanent redirect to {@code path} on this site. */
  public static void redirect(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + path);
  }
}
