package dev.breakwater.collector.throttle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Applies an ordered rule set to a crash report's annotations: the first match decides. */
public final class Throttler {

  /** Rule name reported when no rule matched (Antenna's name for it). */
  public static final String NO_MATCH = "NO_MATCH";

  private final List<ThrottleRule> rules;
  private final ThrottleResult noMatch;
  private final String revision;
  private final DoubleSupplier random;

  public Throttler(List<ThrottleRule> rules, ThrottleResult noMatch, String revision) {
    this(rules, noMatch, revision, () -> ThreadLocalRandom.current().nextDouble());
  }

  Throttler(
      List<ThrottleRule> rules, ThrottleResult noMatch, String revision, DoubleSupplier random) {
    this.rules = List.copyOf(rules);
    this.noMatch = noMatch;
    this.revision = revision;
    this.random = random;
  }

  /** Decides what to do with a crash report. */
  public ThrottleDecision decide(Map<String, Object> annotations) {
    for (ThrottleRule rule : rules) {
      if (rule.condition().test(annotations)) {
        RuleResult result = rule.result();
        return new ThrottleDecision(result.pick(random), rule.name(), result.percentage());
      }
    }
    return new ThrottleDecision(noMatch, NO_MATCH, 0);
  }

  /** The rules in order. */
  public List<ThrottleRule> rules() {
    return rules;
  }

  /** The rule file's revision label, for logs and the heartbeat. */
  public String revision() {
    return revision;
  }

  /** A copy using the given random source (for tests of sampled rules). */
  Throttler withRandom(DoubleSupplier source) {
    return new Throttler(rules, noMatch, revision, source);
  }
}
