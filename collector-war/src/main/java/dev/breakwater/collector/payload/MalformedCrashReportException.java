package dev.breakwater.collector.payload;

/** The crash report cannot be understood; the client gets a 400 naming the reason. */
public class MalformedCrashReportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final MalformedReason reason;

  public MalformedCrashReportException(MalformedReason reason) {
    super(reason.code(), null, false, false);
    this.reason = reason;
  }

  public MalformedCrashReportException(MalformedReason reason, Throwable cause) {
    super(reason.code(), cause, false, false);
    this.reason = reason;
  }

  public MalformedReason reason() {
    return reason;
  }
}
