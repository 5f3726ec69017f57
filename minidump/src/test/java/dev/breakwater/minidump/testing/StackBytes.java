package dev.breakwater.minidump.testing;

/** A stack image: words written at addresses relative to the stack start. */
public final class StackBytes {
  private final long start;
  private final byte[] bytes;
  private final int wordSize;

  public StackBytes(long start, int size, int wordSize) {
    this.start = start;
    this.bytes = new byte[size];
    this.wordSize = wordSize;
  }

  /** Writes a word at absolute address {@code address}. */
  public StackBytes word(long address, long value) {
    int offset = (int) (address - start);
    if (wordSize == 8) {
      LeWriter.patch64(bytes, offset, value);
    } else {
      LeWriter.patch32(bytes, offset, value);
    }
    return this;
  }

  public long start() {
    return start;
  }

  public byte[] bytes() {
    return bytes.clone();
  }
}
