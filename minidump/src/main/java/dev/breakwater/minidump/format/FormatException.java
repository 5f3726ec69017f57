package dev.breakwater.minidump.format;

/**
 * A structure in the dump lies outside the file or contradicts itself. Thrown only inside the
 * parser; every stream reader catches it at its boundary and records a problem instead, so it never
 * reaches a caller of {@link dev.breakwater.minidump.MinidumpProcessor}.
 */
public final class FormatException extends RuntimeException {
  private final boolean truncated;

  public FormatException(String message, boolean truncated) {
    super(message, null, false, false);
    this.truncated = truncated;
  }

  public FormatException(String message) {
    this(message, false);
  }

  /** True when the data ends before the structure does (as opposed to contradicting itself). */
  public boolean truncated() {
    return truncated;
  }
}
