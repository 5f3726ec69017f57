package dev.breakwater.collector.throttle.condition;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code matches: <regex>}: the whole value matches the Java regular expression (use {@code
 * nightly.*} for a prefix).
 */
public record AnnotationMatches(AnnotationValue value, Pattern pattern) implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return value.of(annotations).map(v -> pattern.matcher(v).matches()).orElse(false);
  }
}
