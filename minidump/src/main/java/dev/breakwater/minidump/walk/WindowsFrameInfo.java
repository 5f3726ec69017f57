package dev.breakwater.minidump.walk;

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

  /** Only the parameter size of the FUNC covering the frame (Breakpad's VALID_PARAMETER_SIZE). */
  static WindowsFrameInfo ofFunction(Long parameterSize) {
    return parameterSize == null
        ? null
        : new WindowsFrameInfo(false, -1, parameterSize, 0, 0, false, "");
  }
}
