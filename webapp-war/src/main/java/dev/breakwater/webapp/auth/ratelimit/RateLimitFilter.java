package dev.breakwater.webapp.auth.ratelimit;

import dev.breakwater.webapp.api.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Rate limits on {@code /api/}, after the token filter has said who the caller is. Over the limit
 * the answer is 429 with {@code Retry-After} and, as in Socorro, not JSON: {@code text/plain} "Too
 * Many Requests" for a script (an XHR, or a client that does not accept HTML), a small HTML page
 * for a browser. The symbol upload ({@code /api/symbols/}) is not counted: it is Tecken's endpoint,
 * not one of Socorro's API, and its uploads are few and large.
 */
public class RateLimitFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient Caller caller;
  @Inject transient RateLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!limits.enabled() || !limited(path(request))) {
      chain.doFilter(request, response);
      return;
    }
    RateDecision decision =
        limits.decide(caller.user(), ClientAddress.of(request, limits.trustXRealIp()));
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    tooManyRequests(request, response, decision.retryAfterSeconds());
  }

  static boolean limited(String path) {
    return path.startsWith("/api/") && !path.startsWith("/api/symbols/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  static void tooManyRequests(
      HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    response.setHeader("Cache-Control", "no-store");
    PrintWriter out;
    if (wantsHtml(request.getHeader("Accept"), request.getHeader("X-Requested-With"))) {
      response.setContentType("text/html; charset=UTF-8");
      out = response.getWriter();
      out.println("<!DOCTYPE html>");
      out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
      out.println("<title>Too Many Requests - Breakwater</title></head><body>");
      out.println("<h1>Too Many Requests</h1>");
      out.println(
          "<p>You have made too many requests in a short time. Please try again in "
              + retryAfterSeconds
              + " second"
              + (retryAfterSeconds == 1 ? "" : "s")
              + ". Logged-in users and API tokens get a higher limit.</p>");
      out.println("</body></html>");
    } else {
      response.setContentType("text/plain; charset=UTF-8");
      out = response.getWriter();
      out.print("Too Many Requests");
    }
    out.flush();
  }

  /**
   * Socorro's choice ({@code request.accepts("text/html")} unless the request is an XHR): no {@code
   * Accept} header and {@code *}{@code /*} accept HTML too, so curl gets the page.
   */
  static boolean wantsHtml(String accept, String requestedWith) {
    if ("XMLHttpRequest".equalsIgnoreCase(requestedWith)) {
      return false;
    }
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
        if (parameter.startsWith("q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      if (quality > 0
          && (type.equals("text/html") || type.equals("text/*") || type.equals("*/*"))) {
        return true;
      }
    }
    return false;
  }
}
