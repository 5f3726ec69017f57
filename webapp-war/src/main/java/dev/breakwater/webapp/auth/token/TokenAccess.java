package dev.breakwater.webapp.auth.token;

import dev.breakwater.webapp.api.ApiErrors;
import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.auth.CallerKind;
import dev.breakwater.webapp.auth.RequestCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * Who may manage API tokens: a user logged in with a browser session, on a request from this site's
 * own pages. An API token cannot manage tokens, so that a leaked token cannot be turned into more
 * tokens or longer-lived ones. The {@code Origin} check stops another site's page from using the
 * session cookie (CSRF), beside the JSON-only bodies and the SameSite cookie.
 */
@RequestScoped
public class TokenAccess {

  @Inject Caller caller;
  @Inject RequestCredentials credentials;

  /** The refusal for this request, or empty when its user may manage their tokens. */
  Optional<Response> refusal(HttpHeaders headers, UriInfo uri) {
    if (credentials.kind() == CallerKind.TOKEN) {
      return Optional.of(
          ApiErrors.error(
              Response.Status.FORBIDDEN,
              "API tokens are managed by a logged-in user, not with an API token"));
    }
    if (credentials.kind() != CallerKind.SESSION) {
      return Optional.of(
          ApiErrors.error(Response.Status.FORBIDDEN, "Log in (/login) to manage API tokens"));
    }
    String origin = headers.getHeaderString("Origin");
    if (origin != null && !sameOrigin(URI.create(origin), uri.getBaseUri())) {
      return Optional.of(
          ApiErrors.error(Response.Status.FORBIDDEN, "Cross-origin token requests are refused"));
    }
    return Optional.empty();
  }

  String user() {
    return caller.user();
  }

  static boolean sameOrigin(URI origin, URI site) {
    return origin.getScheme() != null
        && origin.getScheme().equalsIgnoreCase(site.getScheme())
        && origin.getHost() != null
        && origin.getHost().equalsIgnoreCase(site.getHost())
        && port(origin) == port(site);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
