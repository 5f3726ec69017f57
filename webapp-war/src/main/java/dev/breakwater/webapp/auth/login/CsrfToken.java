package dev.breakwater.webapp.auth.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The form token of the login and logout forms (synchronizer token pattern): a random value kept in
 * the session and repeated in a hidden field, which another site's page cannot read, so it cannot
 * post the form on a user's behalf (log them in as someone else, or out).
 */
public final class CsrfToken {

  /** The hidden field's name. */
  public static final String FIELD = "csrf_token";

  private static final String ATTRIBUTE = CsrfToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The session's token, creating the session and the token when needed. */
  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String created = HexFormat.of().formatHex(bytes);
    session.setAttribute(ATTRIBUTE, created);
    return created;
  }

  /** Whether the request's form field repeats its session's token. */
  public static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    if (session == null || sent == null) {
      return false;
    }
    Object token = session.getAttribute(ATTRIBUTE);
    return token instanceof String expected
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
  }
}
