package dev.breakwater.webapp.auth;

import dev.breakwater.webapp.api.Caller;
import dev.breakwater.webapp.auth.token.TokenService;
import dev.breakwater.webapp.auth.token.TokenVerdict;
import dev.breakwater.webapp.symbols.SymbolUpload;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Socorro's API authentication middleware, on every URL of the webapp (public endpoints and pages
 * included; the server's own {@code /health} and {@code /metrics} are outside the application): a
 * request with {@code Auth-Token} is the token owner's, with the token's permissions instead of the
 * owner's, or is refused with 403 and Socorro's JSON message. So a bad token gets 403 even where no
 * token is needed, while no token at all means anonymous. Without a token, a logged-in session
 * names the caller, with the user's own permissions.
 *
 * <p>A configured symbol upload token ({@code breakwater.webapp.symbols.upload-tokens}, the
 * deprecated way to upload symbols) sent as {@code Auth-Token} is not an API token, yet must not be
 * refused: the request passes on anonymous and the symbol upload checks it.
 */
public class AuthTokenFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Socorro's header. */
  public static final String HEADER = "Auth-Token";

  @Inject transient Caller caller;
  @Inject transient RequestCredentials credentials;
  @Inject transient TokenService tokens;
  @Inject transient AccountService accounts;
  @Inject transient SymbolUpload symbolUpload;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    if (key != null && !key.isBlank() && !symbolUpload.isConfiguredToken(key)) {
      TokenVerdict verdict = tokens.check(key.strip());
      if (verdict instanceof TokenVerdict.Refused refused) {
        forbid(response, refused.message());
        return;
      }
      TokenVerdict.Valid valid = (TokenVerdict.Valid) verdict;
      caller.authenticated(valid.username(), valid.grants());
      credentials.kind(CallerKind.TOKEN);
    } else if (key == null || key.isBlank()) {
      Principal principal = request.getUserPrincipal();
      if (principal != null) {
        // Looked up on each request, so that deactivating a user or changing their groups
        // takes effect at once, not when their session ends.
        accounts
            .activeGrants(principal.getName())
            .ifPresent(
                grants -> {
                  caller.authenticated(principal.getName(), grants);
                  credentials.kind(CallerKind.SESSION);
                });
      }
    }
    chain.doFilter(request, response);
  }

  /** Socorro's {@code json_forbidden_response}: the JSON, then a newline. */
  static void forbid(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json; charset=UTF-8");
    byte[] body = ("{\"error\": \"" + message + "\"}\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
