package dev.breakwater.collector.throttle.condition;

import java.util.Map;
import java.util.Optional;

/**
 * An annotation's value as text. Text parts are strings already; in a JSON annotations part numbers
 * and booleans are compared by their JSON text ({@code 0}, {@code true}); lists and objects never
 * match a text condition.
 *
 * @param name the annotation name
 * @param fallback value used when the annotation is absent, if any
 */
public record AnnotationValue(String name, Optional<String> fallback) {

  /** The value, or the fallback, or empty. */
  public Optional<String> of(Map<String, Object> annotations) {
    Object value = annotations.get(name);
    if (value == null) {
      return annotations.containsKey(name) ? Optional.empty() : fallback;
    }
    if (value instanceof String s) {
      return Optional.of(s);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }
}
