package dev.breakwater.webapp.auth.login;

import dev.breakwater.webapp.auth.AccountService;
import dev.breakwater.webapp.auth.ratelimit.ClientAddress;
import dev.breakwater.webapp.auth.ratelimit.RateDecision;
import dev.breakwater.webapp.auth.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login with accounts in PostgreSQL ({@code breakwater.webapp.auth.mechanism=form}): the login
 * page posts user name, password and its form token to {@code /login}, and this mechanism, which
 * the server runs before any filter or servlet, checks the form token, then the credentials through
 * the identity stores, and logs the user in for the rest of the session.
 *
 * <p>Not Jakarta Security's built-in form mechanism: its {@code j_security_check} post is handled
 * before any application code sees it, so it could not be protected against cross-site request
 * forgery. Every other request passes untouched: anonymous unless the session is logged in (which
 * {@code @AutoApplySession} restores) or an API token names the caller (the token filter).
 */
@ApplicationScoped
@AutoApplySession
public class FormLoginMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Inject AccountService accounts;

  @Inject RateLimits limits;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!LoginServlet.isLoginPost(request)) {
      return context.doNothing();
    }
    if (!CsrfToken.matches(request)) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.STALE_FORM);
      return context.doNothing();
    }
    // Counted here, not in the rate-limit filter: this mechanism runs before any filter.
    RateDecision attempt = limits.decideLogin(ClientAddress.of(request, limits.trustXRealIp()));
    if (!attempt.allowed()) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.TOO_MANY_ATTEMPTS);
      request.setAttribute(LoginServlet.RETRY_AFTER, attempt.retryAfterSeconds());
      return context.doNothing();
    }
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    if (username == null || password == null) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.BAD_CREDENTIALS);
      return context.doNothing();
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(username.strip(), new Password(password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      request.setAttribute(LoginFailure.ATTRIBUTE, LoginFailure.BAD_CREDENTIALS);
      return context.doNothing();
    }
    // A new session id at login: an id planted before it (session fixation) is worth nothing.
    request.changeSessionId();
    accounts.recordLogin(result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }
}
