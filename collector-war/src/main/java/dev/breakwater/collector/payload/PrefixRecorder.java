package dev.breakwater.collector.payload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the first bytes of a body. The multipart parser treats a body without any delimiter as
 * having no parts; Antenna calls that a broken structure, which is decided from this prefix.
 */
final class PrefixRecorder extends FilterInputStream {

  private final byte[] prefix;
  private int size;

  PrefixRecorder(InputStream in, int capacity) {
    super(in);
    this.prefix = new byte[capacity];
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0 && size < prefix.length) {
      prefix[size++] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0 && size < prefix.length) {
      int copy = Math.min(n, prefix.length - size);
      System.arraycopy(buffer, offset, prefix, size, copy);
      size += copy;
    }
    return n;
  }

  /** Whether the recorded prefix contains {@code needle}. */
  boolean prefixContains(byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= size; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (prefix[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public String toString() {
    return "PrefixRecorder" + Arrays.toString(Arrays.copyOf(prefix, Math.min(size, 16)));
  }
}
