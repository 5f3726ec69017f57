package dev.breakwater.minidump.output;

import dev.breakwater.minidump.model.ProcessState;

/** Placeholder until the human-readable writer lands. */
public final class HumanOutput {
  private HumanOutput() {}

  public static String format(ProcessState state) {
    return MachineOutput.format(state);
  }
}
