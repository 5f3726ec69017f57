package dev.breakwater.webapp.symbols;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code max} bytes through and fails the read that would go beyond. Remembers that
 * it did, because a library reading from it (the multipart parser) may wrap the exception.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private final UploadLimit limit;
  private long count;
  private boolean exceeded;

  LimitedInputStream(InputStream in, long max, UploadLimit limit) {
    super(in);
    this.max = max;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws UploadTooLargeException {
    count += n;
    if (count > max) {
      exceeded = true;
      throw new UploadTooLargeException(limit, max);
    }
  }

  boolean exceeded() {
    return exceeded;
  }

  long count() {
    return count;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
