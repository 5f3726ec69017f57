package dev.breakwater.collector.throttle.condition;

import java.util.List;
import java.util.Map;

/** {@code all: [...]}: every condition holds. */
public record AllOf(List<Condition> conditions) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return conditions.stream().allMatch(c -> c.test(annotations));
  }
}
