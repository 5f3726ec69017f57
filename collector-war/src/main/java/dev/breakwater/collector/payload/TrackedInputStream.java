package dev.breakwater.collector.payload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers whether the wrapped stream itself failed, so that a failure surfacing later from the
 * multipart parser can be told apart: a broken connection, a broken gzip stream, or a broken
 * multipart structure each get a different answer.
 */
final class TrackedInputStream extends FilterInputStream {

  private IOException failure;

  TrackedInputStream(InputStream in) {
    super(in);
  }

  /** The first exception the wrapped stream threw, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    try {
      return in.read();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      return in.read(buffer, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return in.skip(n);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null && !(e instanceof PayloadTooLargeException)) {
      failure = e;
    }
    return e;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
