package dev.breakwater.webapp.auth.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
  private static final Rate ANONYMOUS = Rate.parse("3/m");
  private static final Rate AUTHENTICATED = Rate.parse("5/m");
  private static final Rate LOGIN = Rate.parse("2/m");

  private static int allowedInARow(RateLimits limits, String user, String address) {
    int allowed = 0;
    while (limits.decide(user, address).allowed()) {
      allowed++;
      if (allowed > 100) {
        break;
      }
    }
    return allowed;
  }

  @Test
  void anonymousCallersAreCountedPerAddressAtTheAnonymousRate() {
    RateLimits limits = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, null, true);
    assertEquals(3, allowedInARow(limits, null, "192.0.2.1"));
    assertEquals(3, allowedInARow(limits, null, "192.0.2.2"), "another address has its own");
  }

  @Test
  void authenticatedCallersAreCountedPerUserWhereverTheyComeFrom() {
    RateLimits limits = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, null, true);
    assertEquals(5, allowedInARow(limits, "ada", "192.0.2.1"));
    assertFalse(limits.decide("ada", "192.0.2.9").allowed(), "same user, other address");
    assertTrue(limits.decide(null, "192.0.2.1").allowed(), "anonymous from that address");
  }

  @Test
  void aRefusalSaysWhenToComeBack() {
    RateLimits limits = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, null, true);
    allowedInARow(limits, null, "192.0.2.1");
    RateDecision refused = limits.decide(null, "192.0.2.1");
    assertFalse(refused.allowed());
    // 3 a minute: one request's worth comes back within 20 s.
    assertTrue(
        refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 20,
        "Retry-After " + refused.retryAfterSeconds());
  }

  @Test
  void loginAttemptsHaveTheirOwnBudgetPerAddress() {
    RateLimits limits = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, null, true);
    assertTrue(limits.decideLogin("192.0.2.1").allowed());
    assertTrue(limits.decideLogin("192.0.2.1").allowed());
    assertFalse(limits.decideLogin("192.0.2.1").allowed());
    assertTrue(limits.decide(null, "192.0.2.1").allowed(), "the API budget is apart");
    assertTrue(limits.decideLogin("192.0.2.2").allowed());
  }

  @Test
  void disabledLimitsAllowEverything() {
    RateLimits limits = new RateLimits(false, ANONYMOUS, AUTHENTICATED, LOGIN, null, true);
    assertEquals(101, allowedInARow(limits, null, "192.0.2.1"));
  }

  @Test
  void theSharedStoreDecidesAndItsFailureFallsBackToMemory() {
    List<String> keys = new ArrayList<>();
    RateBuckets refuseAll =
        (key, rate) -> {
          keys.add(key);
          return RateDecision.refusedFor(5_000_000_000L);
        };
    RateLimits shared = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, refuseAll, true);
    assertEquals(new RateDecision(false, 5), shared.decide("ada", "192.0.2.1"));
    shared.decide(null, "192.0.2.1");
    assertEquals(List.of("user:ada", "ip:192.0.2.1"), keys);

    RateBuckets broken =
        (key, rate) -> {
          throw new IllegalStateException("database down");
        };
    RateLimits fallback = new RateLimits(true, ANONYMOUS, AUTHENTICATED, LOGIN, broken, true);
    assertEquals(3, allowedInARow(fallback, null, "192.0.2.1"), "still limited, in memory");
  }
}
