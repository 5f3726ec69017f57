package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/** {@code not: {...}}: the condition does not hold. */
public record Not(Condition condition) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return !condition.test(annotations);
  }
}
