package dev.breakwater.webapp.auth.login;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code /oidc/callback}, where the OpenID Connect provider sends the browser back: Jakarta
 * Security's mechanism has already exchanged the code and logged the user in when this runs, so it
 * only sends the browser on to where {@code /login} was asked to go.
 */
@WebServlet(urlPatterns = "/oidc/callback")
public class OidcCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The session attribute holding the path to go to after login. */
  static final String NEXT = OidcCallbackServlet.class.getName() + ".next";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(
          HttpServletResponse.SC_UNAUTHORIZED, "The identity provider did not log you in.");
      return;
    }
    HttpSession session = request.getSession(false);
    Object next = session == null ? null : session.getAttribute(NEXT);
    if (session != null) {
      session.removeAttribute(NEXT);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getContextPath() + LoginPage.safeNext(next instanceof String s ? s : null));
  }
}
