package dev.breakwater.minidump.symbols;

/** One STACK WIN record. */
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
  public static final int TYPE_FPO = 0;
  public static final int TYPE_FRAME_DATA = 4;
}
