package dev.breakwater.processor.stackwalk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a stack walk produced.
 *
 * @param jsonDump the minidump-stackwalk JSON (possibly partial, or empty when nothing could be
 *     read)
 * @param status {@code OK}, or why the walk was incomplete (e.g. {@code ERROR_MINIDUMP_HEADER},
 *     {@code TimeBudgetExceeded})
 * @param log diagnostics of the walker; may quote memory of the crashed process, so it is protected
 */
public record StackWalkResult(ObjectNode jsonDump, String status, String log) {
  public static final String OK = "OK";

  public boolean succeeded() {
    return OK.equals(status);
  }
}
