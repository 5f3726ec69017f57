package dev.breakwater.minidump.output;

import dev.breakwater.minidump.model.ProcessState;

/** Placeholder until the JSON writer lands. */
public final class JsonOutput {
  private JsonOutput() {}

  public static String format(ProcessState state, boolean pretty) {
    return "{}";
  }
}
