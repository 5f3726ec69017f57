package dev.breakwater.collector.payload;

import static dev.breakwater.collector.testing.MultipartBuilder.gzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.collector.testing.MultipartBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per malformed reason: the reason is what the client reads back. */
class MalformedCrashReportTest {

  @TempDir Path spool;

  private MalformedReason reasonFor(String contentType, long length, byte[] body, String encoding) {
    MalformedCrashReportException e =
        assertThrows(
            MalformedCrashReportException.class,
            () ->
                new CrashReportReader(PayloadLimits.defaults(), spool)
                    .read(
                        new RequestHead(contentType, length, encoding),
                        new ByteArrayInputStream(body)));
    return e.reason();
  }

  private MalformedReason reasonFor(MultipartBuilder b, byte[] body) {
    return reasonFor(b.contentType(), body.length, body, null);
  }

  private static MultipartBuilder firefox() {
    return MultipartBuilder.formData()
        .annotation("ProductName", "Firefox")
        .dump("upload_file_minidump", new byte[] {1, 2, 3});
  }

  @Test
  void noContentType() {
    byte[] body = firefox().build();
    assertEquals(MalformedReason.NO_CONTENT_TYPE, reasonFor(null, body.length, body, null));
    assertEquals(MalformedReason.NO_CONTENT_TYPE, reasonFor("", body.length, body, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "text/plain; boundary=x", "multipart/related"})
  void wrongContentType(String contentType) {
    assertEquals(MalformedReason.WRONG_CONTENT_TYPE, reasonFor(contentType, 2, new byte[2], null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data", "multipart/form-data; charset=utf-8"})
  void noBoundary(String contentType) {
    assertEquals(MalformedReason.NO_BOUNDARY, reasonFor(contentType, 2, new byte[2], null));
  }

  @Test
  void noContentLength() {
    MultipartBuilder b = firefox();
    assertEquals(
        MalformedReason.NO_CONTENT_LENGTH, reasonFor(b.contentType(), 0, new byte[0], null));
    assertEquals(
        MalformedReason.NO_CONTENT_LENGTH, reasonFor(b.contentType(), -1, new byte[0], null));
  }

  @Test
  void badGzipWhenBodyIsNotGzip() {
    MultipartBuilder b = firefox();
    byte[] body = b.build();
    assertEquals(MalformedReason.BAD_GZIP, reasonFor(b.contentType(), body.length, body, "gzip"));
  }

  @Test
  void badGzipWhenTruncated() {
    MultipartBuilder b = firefox();
    byte[] gz = gzip(b.build());
    byte[] cut = Arrays.copyOf(gz, gz.length - 12);
    assertEquals(MalformedReason.BAD_GZIP, reasonFor(b.contentType(), cut.length, cut, "gzip"));
  }

  @Test
  void badGzipWhenChecksumIsWrong() {
    MultipartBuilder b = firefox();
    byte[] gz = gzip(b.build());
    gz[gz.length - 6] ^= 0x55; // CRC32 in the trailer
    assertEquals(MalformedReason.BAD_GZIP, reasonFor(b.contentType(), gz.length, gz, "gzip"));
  }

  @Test
  void badGzipWinsOverBrokenMultipartInside() {
    MultipartBuilder b = firefox();
    byte[] broken = b.buildUnterminated();
    byte[] gz = gzip(broken);
    byte[] cut = Arrays.copyOf(gz, gz.length - 4);
    assertEquals(MalformedReason.BAD_GZIP, reasonFor(b.contentType(), cut.length, cut, "gzip"));
  }

  @Test
  void invalidJson() {
    MultipartBuilder b = MultipartBuilder.formData().json("{\"ProductName\":\"Firefox\n\"}");
    assertEquals(MalformedReason.INVALID_JSON, reasonFor(b, b.build()));
    MultipartBuilder trailing = MultipartBuilder.formData().json("{\"a\":\"b\"} x");
    assertEquals(MalformedReason.INVALID_JSON, reasonFor(trailing, trailing.build()));
  }

  @Test
  void invalidJsonValue() {
    MultipartBuilder b = MultipartBuilder.formData().json("\"badvalue\"");
    assertEquals(MalformedReason.INVALID_JSON_VALUE, reasonFor(b, b.build()));
  }

  @Test
  void invalidAnnotationValue() {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .part(
                "Content-Disposition: form-data; name=\"ProductName\"\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n",
                new byte[] {(byte) 0xde, (byte) 0xde, (byte) 0xde});
    assertEquals(MalformedReason.INVALID_ANNOTATION_VALUE, reasonFor(b, b.build()));
  }

  @Test
  void invalidPayloadStructureWhenUnterminated() {
    MultipartBuilder b = firefox();
    byte[] body = b.buildUnterminated();
    assertEquals(MalformedReason.INVALID_PAYLOAD_STRUCTURE, reasonFor(b, body));
  }

  @Test
  void invalidPayloadStructureWhenThereIsNoDelimiter() {
    MultipartBuilder b = MultipartBuilder.formData();
    byte[] body = "ProductName=Firefox&Version=1.0".getBytes(StandardCharsets.US_ASCII);
    assertEquals(MalformedReason.INVALID_PAYLOAD_STRUCTURE, reasonFor(b, body));
  }

  @Test
  void invalidPayloadStructureWhenHeadersNeverEnd() {
    MultipartBuilder b = MultipartBuilder.formData();
    byte[] body =
        ("--" + MultipartBuilder.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(MalformedReason.INVALID_PAYLOAD_STRUCTURE, reasonFor(b, body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw_crash", "dump_names", "processed_crash", "dump", "outbox", "-!-"})
  void invalidDumpName(String name) {
    MultipartBuilder b =
        MultipartBuilder.formData().annotation("ProductName", "X").dump(name, new byte[] {1});
    assertEquals(MalformedReason.INVALID_DUMP_NAME, reasonFor(b, b.build()));
  }

  @Test
  void noAnnotations() {
    MultipartBuilder b = MultipartBuilder.formData().dump("upload_file_minidump", new byte[] {1});
    assertEquals(MalformedReason.NO_ANNOTATIONS, reasonFor(b, b.build()));
    MultipartBuilder emptyJson = MultipartBuilder.formData().json("{}");
    assertEquals(MalformedReason.NO_ANNOTATIONS, reasonFor(emptyJson, emptyJson.build()));
  }

  @Test
  void hasJsonAndKv() {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .json("{\"ProductName\":\"Firefox\"}")
            .annotation("BadKey", "BadValue");
    assertEquals(MalformedReason.HAS_JSON_AND_KV, reasonFor(b, b.build()));
  }

  @Test
  void reasonCodesAreAntennas() {
    assertEquals("no_content_type", MalformedReason.NO_CONTENT_TYPE.code());
    assertEquals("invalid_payload_structure", MalformedReason.INVALID_PAYLOAD_STRUCTURE.code());
    assertEquals("has_json_and_kv", MalformedReason.HAS_JSON_AND_KV.code());
  }
}
