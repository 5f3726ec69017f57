package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/** A test on a crash report's annotations, as written in the throttle rules file. */
public interface Condition {

  /** Whether the annotations satisfy the condition. */
  boolean test(Map<String, Object> annotations);
}
