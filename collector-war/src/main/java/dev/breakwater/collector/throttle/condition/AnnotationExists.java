package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/**
 * {@code exists: true} matches when the annotation is present (any value, even empty); {@code
 * exists: false} when it is absent.
 */
public record AnnotationExists(String name, boolean expected) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return annotations.containsKey(name) == expected;
  }
}
