package dev.breakwater.common.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * Counts the bytes read and fails with the caller's exception as soon as more than the limit
 * arrive. A body of exactly the limit passes: the check is on bytes actually delivered, not on a
 * read attempt at the limit (which is how {@code BoundedInputStream} would see it). It remembers
 * that it failed, because a library reading from it (a multipart parser) may wrap the exception.
 */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final LongFunction<? extends IOException> tooLarge;
  private long count;
  private boolean exceeded;

  /**
   * @param tooLarge makes the exception thrown once more than {@code limit} bytes were read; it is
   *     given the limit
   */
  public LimitedInputStream(
      InputStream in, long limit, LongFunction<? extends IOException> tooLarge) {
    super(in);
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  /** Bytes delivered so far. */
  public long count() {
    return count;
  }

  /** Whether more than the limit arrived. */
  public boolean exceeded() {
    return exceeded;
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

  private void add(long n) throws IOException {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw tooLarge.apply(limit);
    }
  }
}
