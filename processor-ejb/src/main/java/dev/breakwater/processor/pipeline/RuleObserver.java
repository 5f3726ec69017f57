package dev.breakwater.processor.pipeline;

import java.time.Duration;

/** Told about every rule run, for metrics. */
public interface RuleObserver {
  /** Observes nothing. */
  RuleObserver NONE = (rule, elapsed, failed) -> {};

  void ruleFinished(String rule, Duration elapsed, boolean failed);
}
