package dev.breakwater.common.health;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/**
 * Health responses built with the API's own constructor, so the probes need no server-provided
 * response builder and run the same in unit tests. DOWN responses say what failed without leaking
 * stack traces into the health endpoint.
 */
public final class HealthResponses {

  private HealthResponses() {}

  public static HealthCheckResponse up(String name) {
    return new HealthCheckResponse(name, Status.UP, Optional.empty());
  }

  public static HealthCheckResponse of(String name, boolean up, String key, Object value) {
    return new HealthCheckResponse(
        name, up ? Status.UP : Status.DOWN, Optional.of(Map.of(key, value)));
  }

  public static HealthCheckResponse down(String name, Throwable failure) {
    return down(name, describe(failure));
  }

  public static HealthCheckResponse down(String name, String reason) {
    return of(name, false, "error", reason);
  }

  /**
   * The exception chain, outermost first ("ConnectException: Connection refused; caused by ..."):
   * the outer exception names the operation, the inner ones the reason.
   */
  public static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 4; depth++, current = current.getCause()) {
      if (depth > 0) {
        text.append("; caused by ");
      }
      text.append(current.getClass().getSimpleName());
      if (current.getMessage() != null) {
        text.append(": ").append(current.getMessage());
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return text.toString();
  }
}
