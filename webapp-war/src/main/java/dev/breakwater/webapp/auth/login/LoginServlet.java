package dev.breakwater.webapp.auth.login;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.eclipse.microprofile.config.Config;

/**
 * {@code /login}: a plain HTML form (no script needed) that posts to itself, where {@link
 * FormLoginMechanism} logs the user in; then the browser goes on to {@code next} (a path on this
 * site). With OpenID Connect, {@code GET /login} sends the browser to the provider instead.
 */
@WebServlet(urlPatterns = LoginServlet.PATH)
public class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/login";

  /** Request attribute: seconds until the next login attempt from this address may be made. */
  static final String RETRY_AFTER = LoginServlet.class.getName() + ".retryAfter";

  @Inject transient Config config;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null && LoginMode.configured(config) == LoginMode.OIDC) {
      // Off to the provider; its callback (OidcCallbackServlet) continues to `next`.
      request
          .getSession(true)
          .setAttribute(OidcCallbackServlet.NEXT, LoginPage.safeNext(request.getParameter("next")));
      if (!request.authenticate(response)) {
        return;
      }
    }
    if (request.getUserPrincipal() != null && request.getParameter("next") != null) {
      response.sendRedirect(
          request.getContextPath() + LoginPage.safeNext(request.getParameter("next")));
      return;
    }
    LoginPage.write(request, response, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      // Post/redirect/get: reloading the page the browser lands on does not post again.
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location", request.getContextPath() + LoginPage.safeNext(request.getParameter("next")));
      return;
    }
    Object failure = request.getAttribute(LoginFailure.ATTRIBUTE);
    if (failure == LoginFailure.TOO_MANY_ATTEMPTS) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(request.getAttribute(RETRY_AFTER)));
    } else {
      response.setStatus(
          failure == LoginFailure.STALE_FORM
              ? HttpServletResponse.SC_FORBIDDEN
              : HttpServletResponse.SC_UNAUTHORIZED);
    }
    LoginPage.write(
        request, response, failure instanceof LoginFailure f ? f : LoginFailure.BAD_CREDENTIALS);
  }

  static boolean isLoginPost(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && (request.getContextPath() + PATH).equals(request.getRequestURI());
  }
}
