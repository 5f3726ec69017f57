package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/** {@code equals: <text>}: exact, case-sensitive comparison. */
public record AnnotationEquals(AnnotationValue value, String expected) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return value.of(annotations).map(expected::equals).orElse(false);
  }
}
