package dev.breakwater.minidump.format;

import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.output.MachineOutput;

/**
 * Not part of the product: a class in the {@code format} package that uses the {@code output}
 * layer, so that {@code LayeringTest} can show its rule rejects such a dependency.
 */
public final class LayerViolationFixture {
  private LayerViolationFixture() {}

  public static String writeUpwards(ProcessState state) {
    return MachineOutput.format(state);
  }
}
