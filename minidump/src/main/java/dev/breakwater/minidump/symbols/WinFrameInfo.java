package dev.breakwater.minidump.symbols;

/**
 * One STACK WIN record (Breakpad's WindowsFrameInfo). {@code type} is 4 (FrameData) or 0 (FPO); the
 * sizes are unsigned 32-bit values. {@code programString} is null when the record has none, in
 * which case {@code allocatesBasePointer} applies.
 */
public record WinFrameInfo(
    int type,
    long rva,
    long codeSize,
    long prologSize,
    long epilogSize,
    long parameterSize,
    long savedRegisterSize,
    long localSize,
    long maxStackSize,
    boolean allocatesBasePointer,
    String programString) {

  /** STACK WIN type 0: FPO data, without a program string. */
  public static final int TYPE_FPO = 0;

  /** STACK WIN type 4: FrameData, usually with a program string. */
  public static final int TYPE_FRAME_DATA = 4;
}
