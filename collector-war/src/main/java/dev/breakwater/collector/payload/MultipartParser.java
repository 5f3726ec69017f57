package dev.breakwater.collector.payload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming parser of multipart bodies (RFC 2046 / RFC 7578). Part bodies are read straight out
 * of one fixed buffer; the delimiter is found with a Boyer-Moore-Horspool search, which looks at
 * roughly one byte in forty of a minidump. See docs/adr/0101 for why this is not Commons
 * FileUpload.
 *
 * <p>Use: {@link #next()} returns each part in turn, then null after the close delimiter; read a
 * part's body before asking for the next one (unread bytes are skipped). Structural errors throw
 * {@link MalformedMultipartException}.
 */
final class MultipartParser {

  /** Longest header section of one part. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final int[] skip = new int[256];
  private final byte[] buffer;
  private int head;
  private int tail;
  private boolean eof;

  /** Position of the next delimiter in the buffer, or -1 if not found yet. */
  private int delimiterAt = -1;

  /** Where the delimiter search resumes: positions before it cannot start a delimiter. */
  private int searchFrom;

  private boolean done;
  private PartBody current;

  MultipartParser(InputStream in, byte[] boundary) {
    this.in = in;
    this.delimiter = new byte[boundary.length + 4];
    delimiter[0] = '\r';
    delimiter[1] = '\n';
    delimiter[2] = '-';
    delimiter[3] = '-';
    System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
    this.buffer = new byte[Math.max(BUFFER_BYTES, MAX_HEADER_BYTES + 4 * delimiter.length)];
    Arrays.fill(skip, delimiter.length);
    for (int i = 0; i < delimiter.length - 1; i++) {
      skip[delimiter[i] & 0xff] = delimiter.length - 1 - i;
    }
    // The first delimiter may open the body without a line break before it; a virtual CRLF
    // lets one search find it either way. The preamble before it is skipped like a body.
    buffer[0] = '\r';
    buffer[1] = '\n';
    tail = 2;
    current = new PartBody();
  }

  /** The next part, or null after the close delimiter. */
  Part next() throws IOException {
    if (done) {
      return null;
    }
    current.skipRest();
    head = delimiterAt + delimiter.length;
    delimiterAt = -1;
    if (!ensure(2)) {
      throw new MalformedMultipartException("body ends after a delimiter");
    }
    if (buffer[head] == '-' && buffer[head + 1] == '-') {
      done = true;
      return null;
    }
    skipLineEnd();
    Part part = readHeaders();
    searchFrom = head;
    current = new PartBody();
    return part.withBody(current);
  }

  private void skipLineEnd() throws IOException {
    // Transport padding (RFC 2046 5.1.1) may follow the boundary before the line break.
    while (ensure(1) && (buffer[head] == ' ' || buffer[head] == '\t')) {
      head++;
    }
    if (!ensure(2) || buffer[head] != '\r' || buffer[head + 1] != '\n') {
      throw new MalformedMultipartException("no line break after a delimiter");
    }
    head += 2;
  }

  private Part readHeaders() throws IOException {
    Part part = new Part();
    int headerBytes = 0;
    while (true) {
      int end = findLineEnd(MAX_HEADER_BYTES - headerBytes);
      int length = end - head;
      headerBytes += length + 2;
      if (length == 0) {
        head = end + 2;
        return part;
      }
      part.header(new String(buffer, head, length, StandardCharsets.UTF_8));
      head = end + 2;
    }
  }

  /** Position of the next CRLF at or after head, refilling as needed. */
  private int findLineEnd(int maxLength) throws IOException {
    int from = head;
    while (true) {
      for (int i = from; i + 1 < tail; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          return i;
        }
      }
      if (tail - head > maxLength) {
        throw new MalformedMultipartException("part headers too long or not terminated");
      }
      from = Math.max(head, tail - 1) - head;
      if (!refill()) {
        throw new MalformedMultipartException("body ends inside part headers");
      }
      from += head;
    }
  }

  /** Makes at least {@code n} unread bytes available; false at end of input. */
  private boolean ensure(int n) throws IOException {
    while (tail - head < n) {
      if (!refill()) {
        return false;
      }
    }
    return true;
  }

  /** Moves unread bytes to the front and reads more; false at end of input. */
  private boolean refill() throws IOException {
    if (eof) {
      return false;
    }
    if (head > 0) {
      int unread = tail - head;
      System.arraycopy(buffer, head, buffer, 0, unread);
      searchFrom = Math.max(0, searchFrom - head);
      if (delimiterAt >= 0) {
        delimiterAt -= head;
      }
      head = 0;
      tail = unread;
    }
    if (tail == buffer.length) {
      throw new MalformedMultipartException("no room to read further");
    }
    int n = in.read(buffer, tail, buffer.length - tail);
    if (n < 0) {
      eof = true;
      return false;
    }
    tail += n;
    return true;
  }

  /**
   * Bytes of the current body that can be handed out now: up to the delimiter if it is in the
   * buffer, else up to where a delimiter could still begin. 0 means the body ended.
   */
  private int readyBodyBytes() throws IOException {
    while (true) {
      if (delimiterAt >= 0) {
        return delimiterAt - head;
      }
      int safeEnd = search();
      if (delimiterAt >= 0) {
        return delimiterAt - head;
      }
      if (safeEnd > head) {
        return safeEnd - head;
      }
      if (!refill()) {
        throw new MalformedMultipartException("body ends before the closing delimiter");
      }
    }
  }

  /**
   * Horspool search from {@link #searchFrom}; sets {@link #delimiterAt} when found. Returns the end
   * of the region known to hold no delimiter start.
   */
  private int search() {
    int last = delimiter.length - 1;
    byte lastByte = delimiter[last];
    int i = Math.max(searchFrom, head);
    while (i + last < tail) {
      byte b = buffer[i + last];
      if (b == lastByte && matchesAt(i)) {
        delimiterAt = i;
        searchFrom = i;
        return i;
      }
      i += skip[b & 0xff];
    }
    searchFrom = i;
    return Math.min(i, tail);
  }

  private boolean matchesAt(int position) {
    for (int j = 0; j < delimiter.length - 1; j++) {
      if (buffer[position + j] != delimiter[j]) {
        return false;
      }
    }
    return true;
  }

  /** The body of the current part, read from the parser's buffer. */
  private final class PartBody extends InputStream {

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (current != this) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      int n = Math.min(readyBodyBytes(), length);
      if (n == 0) {
        return -1;
      }
      System.arraycopy(buffer, head, target, offset, n);
      head += n;
      return n;
    }

    void skipRest() throws IOException {
      if (current != this) {
        return;
      }
      int n;
      while ((n = readyBodyBytes()) > 0) {
        head += n;
      }
    }

    @Override
    public void close() throws IOException {
      skipRest();
    }
  }
}
