package dev.breakwater.collector.payload;

import static dev.breakwater.collector.testing.MultipartBuilder.gzip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.collector.payload.CrashReport.PayloadKind;
import dev.breakwater.collector.testing.MultipartBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportReaderTest {

  private static final byte[] DUMP = "abcd1234".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path spool;

  private CrashReport read(String contentType, byte[] body, String encoding) throws Exception {
    return read(PayloadLimits.defaults(), contentType, body, encoding);
  }

  private CrashReport read(PayloadLimits limits, String contentType, byte[] body, String encoding)
      throws Exception {
    return new CrashReportReader(limits, spool)
        .read(new RequestHead(contentType, body.length, encoding), new ByteArrayInputStream(body));
  }

  private static MultipartBuilder firefox() {
    return MultipartBuilder.formData()
        .annotation("ProductName", "Firefox")
        .annotation("Version", "1.0")
        .dump("upload_file_minidump", DUMP);
  }

  private static byte[] content(DumpBuffer dump) throws IOException {
    try (InputStream in = dump.content().open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsAnnotationsAndDump() throws Exception {
    MultipartBuilder b = firefox();
    byte[] body = b.build();
    try (CrashReport report = read(b.contentType(), body, null)) {
      assertEquals(Map.of("ProductName", "Firefox", "Version", "1.0"), report.annotations());
      assertEquals(List.of("upload_file_minidump"), List.copyOf(report.dumps().keySet()));
      DumpBuffer dump = report.dumps().get("upload_file_minidump");
      assertArrayEquals(DUMP, content(dump));
      assertEquals(sha256(DUMP), dump.sha256());
      assertEquals(PayloadKind.MULTIPART, report.payloadKind());
      assertFalse(report.compressed());
      assertEquals(body.length, report.payloadSize());
    }
  }

  @Test
  void readsMultipartMixed() throws Exception {
    MultipartBuilder b =
        MultipartBuilder.mixed()
            .annotation("ProductName", "Firefox")
            .dump("upload_file_minidump", DUMP);
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals("Firefox", report.annotations().get("ProductName"));
      assertArrayEquals(DUMP, content(report.dumps().get("upload_file_minidump")));
    }
  }

  @Test
  void readsSeveralDumps() throws Exception {
    MultipartBuilder b =
        firefox().dump("upload_file_minidump_flash1", "deadbeef".getBytes(StandardCharsets.UTF_8));
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(
          List.of("upload_file_minidump", "upload_file_minidump_flash1"),
          List.copyOf(report.dumps().keySet()));
    }
  }

  @Test
  void readsManyAnnotations() throws Exception {
    MultipartBuilder b = MultipartBuilder.formData();
    for (int i = 0; i < 210; i++) {
      b.annotation("Annotation" + i, "1");
    }
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(210, report.annotations().size());
    }
  }

  @Test
  void partWithFileNameIsADumpEvenWithoutContentType() throws Exception {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .annotation("ProductName", "Firefox")
            .part(
                "Content-Disposition: form-data; name=\"upload_file_minidump\";"
                    + " filename=\"dump\"\r\n",
                "ou812".getBytes(StandardCharsets.US_ASCII));
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(Map.of("ProductName", "Firefox"), report.annotations());
      assertArrayEquals(
          "ou812".getBytes(StandardCharsets.US_ASCII),
          content(report.dumps().get("upload_file_minidump")));
    }
  }

  @Test
  void textPartWithoutContentTypeIsAnAnnotation() throws Exception {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .part(
                "Content-Disposition: form-data; name=\"ProductName\"\r\n",
                "Firefox".getBytes(StandardCharsets.UTF_8));
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(Map.of("ProductName", "Firefox"), report.annotations());
      assertTrue(report.dumps().isEmpty());
    }
  }

  @Test
  void unnamedPartsAreDropped() throws Exception {
    MultipartBuilder b =
        firefox()
            .part(
                "Content-Disposition: form-data; name=\"\"\r\n",
                "junk".getBytes(StandardCharsets.UTF_8));
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(2, report.annotations().size());
    }
  }

  @Test
  void dumpNamesAreSanitizedAndLastOfANameWins() throws Exception {
    MultipartBuilder b =
        firefox()
            .dump("memory-report!", "first".getBytes(StandardCharsets.UTF_8))
            .dump("memory_report", "second".getBytes(StandardCharsets.UTF_8));
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(
          List.of("upload_file_minidump", "memoryreport", "memory_report"),
          List.copyOf(report.dumps().keySet()));
      assertArrayEquals(
          "second".getBytes(StandardCharsets.UTF_8), content(report.dumps().get("memory_report")));
    }
  }

  @Test
  void nulsAreStrippedFromAnnotations() throws Exception {
    MultipartBuilder b = MultipartBuilder.formData().annotation("ProductName", "Fire\0fox\0");
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals("Firefox", report.annotations().get("ProductName"));
    }
  }

  @Test
  void readsGzippedBody() throws Exception {
    MultipartBuilder b = firefox();
    byte[] body = b.build();
    try (CrashReport report = read(b.contentType(), gzip(body), "gzip")) {
      assertTrue(report.compressed());
      assertEquals(body.length, report.payloadSize());
      assertEquals("Firefox", report.annotations().get("ProductName"));
      assertArrayEquals(DUMP, content(report.dumps().get("upload_file_minidump")));
    }
  }

  @Test
  void readsJsonAnnotations() throws Exception {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .json("{\"ProductName\":\"Firefox\",\"Version\":\"1.0\",\"Nested\":{\"a\":1}}")
            .dump("upload_file_minidump", DUMP);
    try (CrashReport report = read(b.contentType(), b.build(), null)) {
      assertEquals(PayloadKind.JSON, report.payloadKind());
      assertEquals("Firefox", report.annotations().get("ProductName"));
      assertEquals(Map.of("a", 1), report.annotations().get("Nested"));
    }
  }

  @Test
  void chunkedBodyWithoutContentLengthIsRead() throws Exception {
    MultipartBuilder b = firefox();
    byte[] body = b.build();
    CrashReport report =
        new CrashReportReader(PayloadLimits.defaults(), spool)
            .read(new RequestHead(b.contentType(), -1, null), new ByteArrayInputStream(body));
    try (report) {
      assertEquals(body.length, report.payloadSize());
    }
  }

  @Test
  void largeDumpsAreSpooledToDiskAndRemovedOnClose() throws Exception {
    byte[] big = new byte[300 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    MultipartBuilder b = MultipartBuilder.formData().annotation("ProductName", "X").dump("d", big);
    PayloadLimits limits = new PayloadLimits(25 << 20, 100 << 20, 100, 100, 1 << 20, 128 * 1024);
    CrashReport report = read(limits, b.contentType(), b.build(), null);
    DumpBuffer dump = report.dumps().get("d");
    assertTrue(dump.spooled());
    assertEquals(big.length, dump.length());
    assertArrayEquals(big, content(dump));
    assertEquals(sha256(big), dump.sha256());
    report.close();
    try (var files = java.nio.file.Files.list(spool)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void failingConnectionIsAnIncompleteRequest() {
    MultipartBuilder b = firefox();
    byte[] body = b.build();
    InputStream broken =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ > 100) {
              throw new IOException("connection reset");
            }
            return body[sent - 1] & 0xff;
          }
        };
    assertThrows(
        IncompleteRequestException.class,
        () ->
            new CrashReportReader(PayloadLimits.defaults(), spool)
                .read(new RequestHead(b.contentType(), body.length, null), broken));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
