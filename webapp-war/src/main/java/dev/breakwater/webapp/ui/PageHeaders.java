package dev.breakwater.webapp.ui;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every web page and of the pages' resources. Crash data on the pages is
 * untrusted (annotations, signatures, frames come from whoever sent the crash), so besides escaping
 * it, the browser is told to run no script and apply no style but the application's own files: an
 * injected {@code <script>} or {@code style=} attribute would stay inert. No page needs inline
 * script or style; Faces' faces.js is served as a file from this origin.
 */
@WebFilter(
    urlPatterns = {"", "/report/*", "/search/*", "/topcrashers/*", "*.xhtml"},
    dispatcherTypes = DispatcherType.REQUEST)
public class PageHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Only this origin's files; no plugins, no framing, forms post only here. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
