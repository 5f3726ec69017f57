package dev.breakwater.processor.pipeline;

/**
 * One small step of turning a raw crash into a processed crash: a predicate saying whether it
 * applies and an action that reads the crash report and writes to the processed crash.
 *
 * <p>A rule may throw: the pipeline records a public processor note naming the rule and goes on
 * with the next one, so one broken rule never loses a crash.
 */
public interface ProcessingRule {

  /** Whether {@link #action} should run for this crash report; runs always by default. */
  default boolean predicate(ProcessingCrash report) {
    return true;
  }

  /** Does the rule's work. */
  void action(ProcessingCrash report) throws Exception;

  /** The name used in processor notes and metrics. */
  default String name() {
    return getClass().getSimpleName();
  }
}
