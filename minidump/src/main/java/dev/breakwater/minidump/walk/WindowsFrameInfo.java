package dev.breakwater.minidump.walk;

import dev.breakwater.minidump.symbols.Symbolization;
import dev.breakwater.minidump.symbols.WinFrameInfo;

/**
 * What the x86 walker knows about a frame's Windows stack layout: a full STACK WIN record, or only
 * the parameter size of the FUNC covering it (Breakpad's VALID_PARAMETER_SIZE).
 */
record WindowsFrameInfo(
    boolean complete,
    int type,
    long parameterSize,
    long savedRegisterSize,
    long localSize,
    boolean allocatesBasePointer,
    String programString) {

  static WindowsFrameInfo of(WinFrameInfo record) {
    return new WindowsFrameInfo(
        true,
        record.type(),
        record.parameterSize() & 0xffffffffL,
        record.savedRegisterSize() & 0xffffffffL,
        record.localSize() & 0xffffffffL,
        record.allocatesBasePointer(),
        record.programString() == null ? "" : record.programString());
  }

  /**
   * Only a FUNC record's parameter size counts; Breakpad ignores a PUBLIC symbol's. A FUNC is
   * recognized by its line information, which PUBLIC symbols never have.
   */
  static WindowsFrameInfo ofFunction(Symbolization symbol) {
    if (symbol == null || symbol.function() == null || symbol.sourceFile() == null) {
      return null;
    }
    return new WindowsFrameInfo(false, -1, symbol.parameterSize() & 0xffffffffL, 0, 0, false, "");
  }
}
