package dev.breakwater.minidump.model;

/** Overall outcome of processing a dump (rust-minidump's {@code status}). */
public enum ProcessStatus {
  /** The dump was read and its threads walked. */
  OK,
  /** The file is not a minidump (no 'MDMP' header, or an unknown version). */
  NOT_A_MINIDUMP,
  /** The file ends before structures it describes; what could be read is reported. */
  TRUNCATED,
  /** Structures contradict themselves or lie outside the file; what could be read is reported. */
  CORRUPT,
  /** The dump has no thread list, so there are no stacks. */
  NO_THREAD_LIST,
  /** The file could not be read at all. */
  UNREADABLE,
  /** The time budget ran out; the stacks walked so far are reported. */
  TIMED_OUT;

  /** The value of the JSON {@code status} field. */
  public String jsonName() {
    return switch (this) {
      case OK -> "OK";
      case NOT_A_MINIDUMP -> "ERROR_NOT_A_MINIDUMP";
      case TRUNCATED -> "ERROR_TRUNCATED";
      case CORRUPT -> "ERROR_CORRUPT";
      case NO_THREAD_LIST -> "ERROR_NO_THREAD_LIST";
      case UNREADABLE -> "ERROR_UNREADABLE";
      case TIMED_OUT -> "ERROR_TIMED_OUT";
    };
  }
}
