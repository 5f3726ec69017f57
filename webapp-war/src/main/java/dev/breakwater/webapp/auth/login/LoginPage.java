package dev.breakwater.webapp.auth.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.Principal;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The HTML of {@code /login}: the login form, or, once logged in, who is logged in and a logout
 * button. Works without JavaScript; every value written into it is escaped.
 */
final class LoginPage {

  private LoginPage() {}

  static void write(HttpServletRequest request, HttpServletResponse response, LoginFailure failure)
      throws IOException {
    String token = CsrfToken.of(request);
    String context = escape(request.getContextPath());
    String next = escape(safeNext(request.getParameter("next")));
    response.setContentType("text/html; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    // The page must not be framed by another site (clickjacking the login form).
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>Log in - Breakwater</title></head><body>");
    out.println("<main>");
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      out.println("<h1>Logged in</h1>");
      out.println(
          "<p>You are logged in as <strong>" + escape(principal.getName()) + "</strong>.</p>");
      out.println("<form method=\"post\" action=\"" + context + "/logout\">");
      out.println(hidden(CsrfToken.FIELD, token));
      out.println("<button type=\"submit\">Log out</button>");
      out.println("</form>");
    } else {
      out.println("<h1>Log in to Breakwater</h1>");
      if (failure != null) {
        out.println("<p role=\"alert\"><strong>" + escape(failure.message()) + "</strong></p>");
      }
      out.println("<form method=\"post\" action=\"" + context + LoginServlet.PATH + "\">");
      out.println(hidden(CsrfToken.FIELD, token));
      out.println(hidden("next", next));
      out.println("<p><label for=\"username\">User name</label><br>");
      out.println(
          "<input id=\"username\" name=\"username\" autocomplete=\"username\" required"
              + " autofocus></p>");
      out.println("<p><label for=\"password\">Password</label><br>");
      out.println(
          "<input id=\"password\" name=\"password\" type=\"password\""
              + " autocomplete=\"current-password\" required></p>");
      out.println("<p><button type=\"submit\">Log in</button></p>");
      out.println("</form>");
    }
    out.println("</main></body></html>");
  }

  /**
   * Where to go after logging in: a path on this site only, so that a link to the login page cannot
   * send a user on to another site that looks like this one (open redirect).
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
  }

  static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }
}
