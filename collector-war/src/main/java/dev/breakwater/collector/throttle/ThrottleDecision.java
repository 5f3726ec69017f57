package dev.breakwater.collector.throttle;

/**
 * The outcome of throttling one crash report.
 *
 * @param result what to do with it
 * @param ruleName the rule that matched, or {@link Throttler#NO_MATCH}
 * @param percentage the rule's sampling percentage, 100 for a fixed result, 0 for no match
 */
public record ThrottleDecision(ThrottleResult result, String ruleName, double percentage) {}
