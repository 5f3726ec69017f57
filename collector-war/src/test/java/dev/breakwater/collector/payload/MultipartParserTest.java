package dev.breakwater.collector.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartParserTest {

  private static final byte[] BOUNDARY = "b0undary".getBytes(StandardCharsets.US_ASCII);

  private record Parsed(String name, String fileName, String contentType, byte[] body) {}

  private static List<Parsed> parse(InputStream in) throws IOException {
    MultipartParser parser = new MultipartParser(in, BOUNDARY);
    List<Parsed> parts = new ArrayList<>();
    Part part;
    while ((part = parser.next()) != null) {
      parts.add(
          new Parsed(part.name(), part.fileName(), part.contentType(), part.body().readAllBytes()));
    }
    return parts;
  }

  private static List<Parsed> parse(String body) throws IOException {
    return parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** Delivers at most {@code step} bytes per read, to cross every buffer edge. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @Test
  void partsWithHeadersAndBodies() throws IOException {
    List<Parsed> parts =
        parse(
            "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"ProductName\"\r\n\r\n"
                + "Firefox\r\n"
                + "--b0undary\r\n"
                + "content-disposition: form-data; name=\"upload_file_minidump\";"
                + " filename=\"a \\\"b\\\".dmp\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "MDMP\r\n\r\n--b0und\r\n"
                + "--b0undary--\r\n");
    assertEquals(2, parts.size());
    assertEquals("ProductName", parts.get(0).name());
    assertNull(parts.get(0).fileName());
    assertNull(parts.get(0).contentType());
    assertArrayEquals("Firefox".getBytes(StandardCharsets.US_ASCII), parts.get(0).body());
    assertEquals("upload_file_minidump", parts.get(1).name());
    assertEquals("a \"b\".dmp", parts.get(1).fileName());
    assertEquals("application/octet-stream", parts.get(1).contentType());
    assertArrayEquals(
        "MDMP\r\n\r\n--b0und".getBytes(StandardCharsets.US_ASCII), parts.get(1).body());
  }

  @Test
  void preambleEpilogueAndTransportPaddingAreIgnored() throws IOException {
    List<Parsed> parts =
        parse(
            "This is the preamble.\r\n--b0undary  \t\r\n"
                + "Content-Disposition: form-data; name=a\r\n\r\n"
                + "1\r\n--b0undary--\r\nepilogue");
    assertEquals(1, parts.size());
    assertEquals("a", parts.get(0).name());
  }

  @Test
  void emptyBodyAndPartWithoutHeaders() throws IOException {
    List<Parsed> parts = parse("--b0undary\r\n\r\n\r\n--b0undary\r\nX: y\r\n\r\n\r\n--b0undary--");
    assertEquals(2, parts.size());
    assertNull(parts.get(0).name());
    assertEquals(0, parts.get(1).body().length);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 13, 4096, 70000})
  void largeBinaryBodiesSurviveAnyReadSize(int step) throws IOException {
    byte[] dump = new byte[300_000];
    new Random(step).nextBytes(dump);
    // Plant near-misses of the delimiter across the body.
    byte[] nearMiss = "\r\n--b0undar".getBytes(StandardCharsets.US_ASCII);
    for (int at = 1000; at + nearMiss.length < dump.length; at += 65_531) {
      System.arraycopy(nearMiss, 0, dump, at, nearMiss.length);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        "--b0undary\r\nContent-Disposition: form-data; name=\"d\"; filename=\"x\"\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(dump);
    body.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));

    List<Parsed> parts = parse(trickle(body.toByteArray(), step));

    assertEquals(1, parts.size());
    assertArrayEquals(dump, parts.get(0).body());
  }

  @Test
  void unreadBodiesAreSkipped() throws IOException {
    MultipartParser parser =
        new MultipartParser(
            new ByteArrayInputStream(
                ("--b0undary\r\nContent-Disposition: form-data; name=a\r\n\r\nskipped\r\n"
                        + "--b0undary\r\nContent-Disposition: form-data; name=b\r\n\r\nread\r\n"
                        + "--b0undary--")
                    .getBytes(StandardCharsets.US_ASCII)),
            BOUNDARY);
    Part first = parser.next();
    Part second = parser.next();
    assertEquals(-1, first.body().read());
    assertEquals("b", second.name());
    assertArrayEquals("read".getBytes(StandardCharsets.US_ASCII), second.body().readAllBytes());
    assertNull(parser.next());
    assertNull(parser.next());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "no delimiter at all",
        "--b0undary\r\nContent-Disposition: form-data; name=a\r\n\r\nunterminated",
        "--b0undary\r\nContent-Disposition: form-data; name=a\r\n",
        "--b0undaryX\r\n\r\nbody\r\n--b0undary--",
        "--b0undary\r\n\r\nbody\r\n--b0undary",
      })
  void brokenStructuresAreMalformed(String body) {
    assertThrows(MalformedMultipartException.class, () -> parse(body));
  }

  @Test
  void endlessHeadersAreMalformed() {
    String body =
        "--b0undary\r\nX-Long: " + "x".repeat(MultipartParser.MAX_HEADER_BYTES) + "\r\n\r\n";
    assertThrows(MalformedMultipartException.class, () -> parse(body));
  }

  @Test
  void contentDispositionVariants() {
    assertEquals(new ContentDisposition("a", null), ContentDisposition.parse("form-data; name=a"));
    assertEquals(
        new ContentDisposition("a;b", "c.dmp"),
        ContentDisposition.parse("form-data; name=\"a;b\" ; filename=c.dmp"));
    assertEquals(
        new ContentDisposition("d", "UTF-8''%e2%82%ac.dmp"),
        ContentDisposition.parse("form-data; NAME=\"d\"; filename*=UTF-8''%e2%82%ac.dmp"));
    assertEquals(new ContentDisposition(null, null), ContentDisposition.parse("form-data"));
    assertEquals(
        new ContentDisposition("x", null), ContentDisposition.parse("form-data; name=\"x"));
  }
}
