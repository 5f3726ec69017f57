package dev.breakwater.collector.throttle.condition;

import java.util.Map;
import java.util.Set;

/** {@code in: [a, b, ...]}: the value is one of the listed texts. */
public record AnnotationIn(AnnotationValue value, Set<String> allowed) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return value.of(annotations).map(allowed::contains).orElse(false);
  }
}
