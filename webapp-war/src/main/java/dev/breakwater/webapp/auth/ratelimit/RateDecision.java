package dev.breakwater.webapp.auth.ratelimit;

/** Whether one request may go on, and if not, how many seconds until it could. */
public record RateDecision(boolean allowed, long retryAfterSeconds) {

  public static final RateDecision ALLOWED = new RateDecision(true, 0);

  /** Refused until {@code nanos} from now, rounded up to whole seconds (at least one). */
  public static RateDecision refusedFor(long nanos) {
    return new RateDecision(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
  }
}
