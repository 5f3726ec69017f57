package dev.breakwater.collector.throttle.condition;

import java.util.Map;

/** Matches every crash report ({@code always: true}). */
public record Always() implements Condition {
  @Override
  public boolean test(Map<String, Object> annotations) {
    return true;
  }
}
