package dev.breakwater.webapp.auth.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for per-IP limits. As in Socorro, the {@code X-Real-Ip} header
 * replaces the connection's address when present: behind the reverse proxy that sets it, every
 * connection comes from the proxy. Where clients reach the webapp directly, turn this off ({@code
 * breakwater.webapp.rate-limit.trust-x-real-ip=false}), or any client can pick its own bucket.
 */
public final class ClientAddress {
  public static final String X_REAL_IP = "X-Real-Ip";

  private ClientAddress() {}

  public static String of(HttpServletRequest request, boolean trustXRealIp) {
    if (trustXRealIp) {
      String real = request.getHeader(X_REAL_IP);
      if (real != null && !real.isBlank()) {
        return real.strip();
      }
    }
    return request.getRemoteAddr();
  }
}
