package dev.breakwater.collector.submit;

/** What became of one submission; each outcome is counted in the metrics. */
public enum Outcome {
  /** Stored and queued for processing (or in the outbox to be queued). */
  ACCEPTED("accepted"),
  /** Stored, not queued. */
  DEFERRED("deferred"),
  /** Throttled away: {@code Discarded=rule_<name>}. */
  REJECTED("rejected"),
  /** Answered with a crash ID, nothing stored. */
  FAKE_ACCEPTED("fakeaccepted"),
  /** 400 {@code Discarded=malformed_<reason>}. */
  MALFORMED("malformed"),
  /** 413, a size limit was exceeded. */
  TOO_LARGE("too_large"),
  /** 503, storage (or the local spool) failed; nothing was published. */
  STORAGE_ERROR("storage_error"),
  /** The client went away mid-request; nothing stored. */
  INCOMPLETE("incomplete"),
  /** 500, an unexpected failure in the collector (logged with its stack trace). */
  SERVER_ERROR("server_error");

  private final String code;

  Outcome(String code) {
    this.code = code;
  }

  /** The label used in metrics and logs. */
  public String code() {
    return code;
  }
}
