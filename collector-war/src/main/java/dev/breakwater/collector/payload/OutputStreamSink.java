package dev.breakwater.collector.payload;

import java.io.OutputStream;

/** Discards what is written; used to read the rest of a body. */
final class OutputStreamSink extends OutputStream {

  static final OutputStreamSink INSTANCE = new OutputStreamSink();

  private OutputStreamSink() {}

  @Override
  public void write(int b) {}

  @Override
  public void write(byte[] b, int off, int len) {}
}
