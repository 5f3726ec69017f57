package dev.breakwater.collector.throttle.condition;

import java.util.List;
import java.util.Map;

/** {@code any: [...]}: at least one condition holds. */
public record AnyOf(List<Condition> conditions) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return conditions.stream().anyMatch(c -> c.test(annotations));
  }
}
