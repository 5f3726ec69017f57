package dev.breakwater.processor.messaging;

import java.util.Locale;

/** What became of one crash queue message. */
public enum MessageOutcome {
  /** Processed, stored and indexed; the message is acknowledged. */
  PROCESSED,
  /** Body {@code test} (a liveness probe of the queue); dropped. */
  TEST_DROPPED,
  /** Not {@code <crash id>[:<ruleset>]}, or not a text message; dead-lettered. */
  UNPARSEABLE,
  /** Names a ruleset this processor does not have; dead-lettered. */
  UNKNOWN_RULESET,
  /** The raw crash is not in storage; rolled back to be tried again a little later. */
  MISSING_RAW_CRASH_RETRIED,
  /** The raw crash is still not in storage after the configured deliveries; dead-lettered. */
  MISSING_RAW_CRASH,
  /** A stored crash document is unreadable; dead-lettered. */
  CORRUPT_CRASH,
  /** Processing failed (storage or index unreachable, ...); rolled back and redelivered. */
  FAILED;

  /** The value of the {@code outcome} label and log field. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
