package dev.breakwater.minidump;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.breakwater.minidump.model.ProcessState;
import dev.breakwater.minidump.output.HumanOutput;
import dev.breakwater.minidump.output.JsonOutput;
import dev.breakwater.minidump.output.MachineOutput;

/**
 * Fuzzes the whole minidump pipeline (header, directory, every stream, contexts, stack walks and
 * the three outputs): any input must give a state, never an exception or an internal error. Seeds
 * are small synthetic dumps for each CPU in {@code MinidumpFuzzTestInputs}.
 */
class MinidumpFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void processAnyBytes(byte[] dump) {
    ProcessState state = MinidumpProcessor.process(dump, null, ProcessOptions.DEFAULT);
    for (String problem : state.problems()) {
      if (problem.startsWith("internal error")) {
        throw new IllegalStateException(problem);
      }
    }
    MachineOutput.format(state);
    HumanOutput.format(state);
    JsonOutput.format(state, true);
  }
}
