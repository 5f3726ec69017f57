package dev.breakwater.collector.throttle;

/** What happens to a crash report, decided by the first matching throttle rule. */
public enum ThrottleResult {
  /** Store it and queue it for processing; crash ID throttle digit 0. */
  ACCEPT,
  /** Store it but do not queue it (it can be processed on demand); throttle digit 1. */
  DEFER,
  /** Throw it away and answer {@code Discarded=rule_<name>}. */
  REJECT,
  /**
   * Answer with a crash ID as if accepted but store nothing, for clients that retry forever on any
   * other answer. Use with care: the client believes the crash was kept.
   */
  FAKEACCEPT
}
