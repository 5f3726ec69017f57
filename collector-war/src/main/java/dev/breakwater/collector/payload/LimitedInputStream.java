package dev.breakwater.collector.payload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails with {@link PayloadTooLargeException} as soon as more than the
 * limit arrive. A body of exactly the limit passes: the check is on bytes actually delivered, not
 * on a read attempt at the limit (which is how {@code BoundedInputStream} would see it).
 */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final PayloadLimit which;
  private long count;

  LimitedInputStream(InputStream in, long limit, PayloadLimit which) {
    super(in);
    this.limit = limit;
    this.which = which;
  }

  /** Bytes delivered so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(n);
    if (skipped > 0) {
      add(skipped);
    }
    return skipped;
  }

  private void add(long n) throws PayloadTooLargeException {
    count += n;
    if (count > limit) {
      throw new PayloadTooLargeException(which);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
