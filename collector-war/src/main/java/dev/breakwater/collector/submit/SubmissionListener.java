package dev.breakwater.collector.submit;

/** Told about every finished submission: metrics and the crash log. */
public interface SubmissionListener {

  /** Called once per request, after the answer is decided. */
  void submitted(SubmissionResult result);
}
