package dev.breakwater.webapp.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The crash indices that exist, as last listed by Elasticsearch. Listing them took one more round
 * trip to the cluster on every search; a list that holds every week a search needs and is younger
 * than {@link #MAX_AGE} answers instead. A week missing from it is listed again at once, so a new
 * weekly index is searched from its first crash. An index deleted since (retention) stays listed
 * until the list expires: the search skips it ({@code ignore_unavailable}), only its {@code
 * missing_index} error comes that much later. Thread-safe.
 */
final class KnownIndices {
  /** How long a list that holds every needed week is trusted. */
  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private record Listing(Set<String> names, Instant at) {}

  private final CrashSearchEngine engine;
  private final String pattern;
  private final Clock clock;
  private volatile Listing listing;

  KnownIndices(CrashSearchEngine engine, String pattern, Clock clock) {
    this.engine = engine;
    this.pattern = pattern;
    this.clock = clock;
  }

  /**
   * The existing indices, listed again unless the last list is fresh and holds all of {@code
   * weeks}.
   */
  Set<String> existing(List<String> weeks) throws IOException {
    Listing last = listing;
    Instant now = clock.instant();
    if (last != null && last.names().containsAll(weeks) && now.isBefore(last.at().plus(MAX_AGE))) {
      return last.names();
    }
    Listing fresh = new Listing(Set.copyOf(engine.existingIndices(pattern)), now);
    listing = fresh;
    return fresh.names();
  }
}
