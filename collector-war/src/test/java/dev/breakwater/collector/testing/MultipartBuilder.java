package dev.breakwater.collector.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds multipart crash report bodies the way Breakpad and Antenna's test poster do. */
public final class MultipartBuilder {

  public static final String BOUNDARY = "442e931e47c9474f9bcd9b73e47aa38d";

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final String mediaType;

  private MultipartBuilder(String mediaType) {
    this.mediaType = mediaType;
  }

  public static MultipartBuilder formData() {
    return new MultipartBuilder("multipart/form-data");
  }

  public static MultipartBuilder mixed() {
    return new MultipartBuilder("multipart/mixed");
  }

  /** A text annotation part. */
  public MultipartBuilder annotation(String name, String value) {
    return part(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n",
        value.getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON annotations part, named {@code extra}. */
  public MultipartBuilder json(String json) {
    return part(
        "Content-Disposition: form-data; name=\"extra\"\r\n" + "Content-Type: application/json\r\n",
        json.getBytes(StandardCharsets.UTF_8));
  }

  /** A dump part with a file name and {@code application/octet-stream}. */
  public MultipartBuilder dump(String name, byte[] content) {
    return part(
        "Content-Disposition: form-data; name=\""
            + name
            + "\"; filename=\"fakecrash.dump\"\r\n"
            + "Content-Type: application/octet-stream\r\n",
        content);
  }

  /** A part with the given raw header lines (each ending in CRLF). */
  public MultipartBuilder part(String headers, byte[] content) {
    write("--" + BOUNDARY + "\r\n" + headers + "\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  /** Raw bytes, for broken bodies. */
  public MultipartBuilder raw(byte[] bytes) {
    body.writeBytes(bytes);
    return this;
  }

  /** The body with its closing delimiter. */
  public byte[] build() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(body.toByteArray());
    copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return copy.toByteArray();
  }

  /** The body without closing delimiter. */
  public byte[] buildUnterminated() {
    return body.toByteArray();
  }

  public String contentType() {
    return mediaType + "; boundary=" + BOUNDARY;
  }

  private void write(String s) {
    body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Gzip-compresses bytes. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
