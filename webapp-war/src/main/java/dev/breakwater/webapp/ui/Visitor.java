package dev.breakwater.webapp.ui;

import dev.breakwater.crash.access.Permission;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.auth.login.CsrfToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The person looking at a page, for the views: whether they are logged in, what they may see and do
 * (from {@link Caller}, as the API decides it), and the session's form token for the pages' forms
 * that change something (log out, reprocess).
 */
@Named("visitor")
@RequestScoped
public class Visitor {
  @Inject Caller caller;
  @Inject HttpServletRequest request;

  public boolean isLoggedIn() {
    return caller.user() != null;
  }

  public String getName() {
    return caller.user();
  }

  /** Whether the visitor holds the permission called {@code codename} ({@code view_pii}). */
  public boolean may(String codename) {
    return Permission.byCodename(codename).map(caller.grants()::has).orElse(false);
  }

  /** The form token; creates the session when needed, so only forms of logged-in users ask. */
  public String getFormToken() {
    return CsrfToken.of(request);
  }

  /** The login page, coming back to the page shown now. */
  public String getLoginUrl() {
    // After the page servlet's forward, the request names the view; the browser's URL is kept
    // in the forward attributes.
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri =
        (forwarded instanceof String f ? f : request.getRequestURI())
            .substring(request.getContextPath().length());
    String query =
        forwarded instanceof String
            ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    String here = query == null ? uri : uri + "?" + query;
    return request.getContextPath()
        + "/login?next="
        + URLEncoder.encode(here.isEmpty() ? "/" : here, StandardCharsets.UTF_8);
  }

  /** The context path, for links written as plain HTML in the views. */
  public String getBase() {
    return request.getContextPath();
  }
}
