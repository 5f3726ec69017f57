package dev.breakwater.webapp.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownIndicesTest {
  /** Lists whatever indices it is told exist, counting the listings. */
  private static final class ListingEngine implements CrashSearchEngine {
    Set<String> existing = Set.of("t_20241007");
    int listings;

    @Override
    public Set<String> existingIndices(String pattern) {
      assertEquals("t_*", pattern);
      listings++;
      return existing;
    }

    @Override
    public JsonNode search(List<String> indices, ObjectNode body, Duration timeout) {
      throw new AssertionError("not a search");
    }
  }

  /** A clock the test moves. */
  private static final class StepClock extends Clock {
    Instant now = Instant.parse("2024-10-10T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ListingEngine engine = new ListingEngine();
  private final StepClock clock = new StepClock();
  private final KnownIndices known = new KnownIndices(engine, "t_*", clock);

  @Test
  void searchesOfKnownWeeksShareOneListingUntilItExpires() throws Exception {
    assertEquals(Set.of("t_20241007"), known.existing(List.of("t_20241007")));
    clock.now = clock.now.plus(KnownIndices.MAX_AGE).minusSeconds(1);
    assertEquals(Set.of("t_20241007"), known.existing(List.of("t_20241007")));
    assertEquals(1, engine.listings);

    clock.now = clock.now.plusSeconds(1);
    engine.existing = Set.of();
    assertEquals(Set.of(), known.existing(List.of("t_20241007")), "a deleted week goes away");
    assertEquals(2, engine.listings);
  }

  @Test
  void aWeekNotListedYetIsLookedForAtOnce() throws Exception {
    known.existing(List.of("t_20241007"));
    engine.existing = Set.of("t_20241007", "t_20241014");
    assertEquals(
        Set.of("t_20241007", "t_20241014"), known.existing(List.of("t_20241007", "t_20241014")));
    assertEquals(2, engine.listings);
    known.existing(List.of("t_20241014"));
    assertEquals(2, engine.listings, "once listed, the new week is known");
  }

  @Test
  void aWeekThatDoesNotExistIsLookedForEachTime() throws Exception {
    known.existing(List.of("t_20240930"));
    known.existing(List.of("t_20240930"));
    assertEquals(2, engine.listings);
  }
}
