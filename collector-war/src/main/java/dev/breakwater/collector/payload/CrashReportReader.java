package dev.breakwater.collector.payload;

import dev.breakwater.common.io.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a crash report from a request body in one streaming pass: optional gzip decoding, the
 * configured size limits, multipart parsing, annotations and dumps (hashed on the way in).
 *
 * <p>Failures are classified the way Antenna answers them: a broken gzip stream is {@code bad_gzip}
 * even when it also breaks the multipart structure (Antenna decompresses everything before
 * parsing), so on any malformed outcome the rest of the body is read to find out. Exceeding a size
 * limit always wins, as a front proxy would have refused the request first.
 */
public final class CrashReportReader {

  private static final int GZIP_BUFFER = 64 * 1024;

  private final PayloadLimits limits;
  private final Path spoolDirectory;

  public CrashReportReader(PayloadLimits limits, Path spoolDirectory) {
    this.limits = limits;
    this.spoolDirectory = spoolDirectory;
  }

  /** The limits this reader enforces. */
  public PayloadLimits limits() {
    return limits;
  }

  /**
   * Reads and checks a crash report.
   *
   * @throws MalformedCrashReportException the report cannot be used (answer 400)
   * @throws PayloadTooLargeException a size limit was exceeded (answer 413)
   * @throws IncompleteRequestException the connection failed while reading
   */
  public CrashReport read(RequestHead head, InputStream body)
      throws MalformedCrashReportException, PayloadTooLargeException, IncompleteRequestException {
    ContentTypes.check(head.contentType());
    if (head.contentLength() == 0) {
      throw new MalformedCrashReportException(MalformedReason.NO_CONTENT_LENGTH);
    }
    if (head.contentLength() > limits.maxRequestBytes()) {
      throw new PayloadTooLargeException(PayloadLimit.REQUEST_SIZE);
    }
    BodyStreams streams = new BodyStreams(body, ContentTypes.isGzip(head.contentEncoding()));
    try {
      streams.open();
      return readParts(head.contentType(), streams);
    } catch (MalformedCrashReportException e) {
      throw streams.settle(e);
    } catch (IOException e) {
      throw streams.settle(streams.classify(e));
    }
  }

  private CrashReport readParts(String contentType, BodyStreams streams)
      throws IOException, MalformedCrashReportException {
    try (PartCollector collector = new PartCollector(limits, spoolDirectory)) {
      MultipartParser parser =
          new MultipartParser(streams.decoded, ContentTypes.boundary(contentType));
      Part part;
      while ((part = parser.next()) != null) {
        collector.add(part);
      }
      // The epilogue, and for gzip the trailer whose CRC proves the body complete.
      streams.decoded.transferTo(OutputStreamSink.INSTANCE);
      return collector.toCrashReport(streams.gzip, streams.decoded.count());
    }
  }

  /** The stack of streams over one request body and what each of them saw. */
  private final class BodyStreams {

    private final TrackedInputStream wire;
    private final LimitedInputStream sent;
    private final boolean gzip;
    private TrackedInputStream inflater;
    private LimitedInputStream decoded;

    BodyStreams(InputStream body, boolean gzip) {
      this.wire = new TrackedInputStream(body);
      this.sent =
          new LimitedInputStream(
              wire,
              limits.maxRequestBytes(),
              limit -> new PayloadTooLargeException(PayloadLimit.REQUEST_SIZE));
      this.gzip = gzip;
    }

    void open() throws IOException {
      if (!gzip) {
        decoded =
            new LimitedInputStream(
                sent,
                Long.MAX_VALUE,
                limit -> new PayloadTooLargeException(PayloadLimit.DECOMPRESSED_SIZE));
        return;
      }
      // The constructor already reads the gzip header; failures there are classified below.
      inflater = new TrackedInputStream(new GZIPInputStream(sent, GZIP_BUFFER));
      decoded =
          new LimitedInputStream(
              inflater,
              limits.maxDecompressedBytes(),
              limit -> new PayloadTooLargeException(PayloadLimit.DECOMPRESSED_SIZE));
    }

    /** Turns a failure while reading into the answer the client gets. */
    MalformedCrashReportException classify(IOException e)
        throws PayloadTooLargeException, IncompleteRequestException {
      if (e instanceof PayloadTooLargeException tooLarge) {
        throw tooLarge;
      }
      if (wire.failure() != null) {
        throw new IncompleteRequestException(wire.failure());
      }
      if (sent.count() == 0) {
        return new MalformedCrashReportException(MalformedReason.NO_CONTENT_LENGTH);
      }
      if (gzip && (inflater == null || inflater.failure() != null)) {
        return new MalformedCrashReportException(MalformedReason.BAD_GZIP, e);
      }
      return new MalformedCrashReportException(MalformedReason.INVALID_PAYLOAD_STRUCTURE, e);
    }

    /**
     * Reads the rest of the body before answering a malformed report: a size limit or a broken gzip
     * stream further on takes precedence, and the client is not cut off mid-upload.
     */
    MalformedCrashReportException settle(MalformedCrashReportException malformed)
        throws PayloadTooLargeException, IncompleteRequestException {
      boolean gzipBroken = malformed.reason() == MalformedReason.BAD_GZIP;
      try {
        (gzipBroken || decoded == null ? sent : decoded).transferTo(OutputStreamSink.INSTANCE);
      } catch (PayloadTooLargeException tooLarge) {
        throw tooLarge;
      } catch (IOException e) {
        if (wire.failure() != null) {
          throw new IncompleteRequestException(wire.failure());
        }
        if (gzip) {
          return new MalformedCrashReportException(MalformedReason.BAD_GZIP, e);
        }
      }
      return malformed;
    }
  }
}
