package dev.breakwater.webapp.auth;

import dev.breakwater.webapp.auth.ratelimit.RateLimitFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * Installs the request filters in the order they depend on each other, which annotations cannot
 * express: first the token filter (who is calling), then the rate limits (which limit applies to
 * them). Also hardens the session cookie: not readable by scripts, and not sent with cross-site
 * posts (SameSite=Lax), a second guard beside the forms' CSRF tokens.
 */
@WebListener
public class AuthSetup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context
        .addFilter("breakwater-auth-token", AuthTokenFilter.class)
        .addMappingForUrlPatterns(requests, true, "/*");
    context
        .addFilter("breakwater-rate-limit", RateLimitFilter.class)
        .addMappingForUrlPatterns(requests, true, "/*");
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
  }
}
