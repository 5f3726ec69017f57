package dev.breakwater.collector.throttle;

import dev.breakwater.collector.throttle.condition.Condition;
import java.util.regex.Pattern;

/**
 * One throttle rule: a name (used in the {@code Discarded=rule_<name>} answer, in metrics and in
 * {@code metadata.throttle_rule}), a condition on the annotations and a result.
 */
public record ThrottleRule(String name, Condition condition, RuleResult result) {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_]+$");

  public ThrottleRule {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "rule name must be letters, digits and underscores: " + name);
    }
  }
}
