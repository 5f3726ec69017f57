package dev.breakwater.collector.payload;

import static dev.breakwater.collector.testing.MultipartBuilder.gzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.breakwater.collector.testing.MultipartBuilder;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayloadLimitTest {

  @TempDir Path spool;

  private static final PayloadLimits SMALL = new PayloadLimits(4096, 8192, 6, 3, 100, 1024 * 1024);

  private PayloadLimit limitHit(MultipartBuilder b, byte[] body, long length, String encoding) {
    PayloadTooLargeException e =
        assertThrows(
            PayloadTooLargeException.class,
            () ->
                new CrashReportReader(SMALL, spool)
                    .read(
                        new RequestHead(b.contentType(), length, encoding),
                        new ByteArrayInputStream(body)));
    return e.limit();
  }

  private CrashReport read(MultipartBuilder b, byte[] body) throws Exception {
    return new CrashReportReader(SMALL, spool)
        .read(new RequestHead(b.contentType(), body.length, null), new ByteArrayInputStream(body));
  }

  @Test
  void declaredLengthOverLimitIsRefusedBeforeReading() {
    MultipartBuilder b = MultipartBuilder.formData().annotation("a", "b");
    assertEquals(PayloadLimit.REQUEST_SIZE, limitHit(b, new byte[0], 4097, null));
  }

  @Test
  void chunkedBodyOverLimitIsRefused() {
    MultipartBuilder b = MultipartBuilder.formData().annotation("a", "b").dump("d", new byte[5000]);
    assertEquals(PayloadLimit.REQUEST_SIZE, limitHit(b, b.build(), -1, null));
  }

  @Test
  void bodyOfExactlyTheLimitPasses() throws Exception {
    MultipartBuilder b = MultipartBuilder.formData().annotation("a", "b");
    int overhead =
        b.build().length
            + MultipartBuilder.formData().dump("d", new byte[0]).build().length
            - MultipartBuilder.formData().build().length;
    byte[] body = b.dump("d", new byte[4096 - overhead]).build();
    assertEquals(4096, body.length);
    try (CrashReport report = read(b, body)) {
      assertEquals(4096, report.payloadSize());
    }
  }

  @Test
  void gzipBombIsRefused() {
    MultipartBuilder b =
        MultipartBuilder.formData().annotation("a", "b").dump("d", new byte[100_000]);
    byte[] gz = gzip(b.build());
    assertEquals(PayloadLimit.DECOMPRESSED_SIZE, limitHit(b, gz, gz.length, "gzip"));
  }

  @Test
  void tooManyParts() {
    MultipartBuilder b = MultipartBuilder.formData().annotation("a", "b");
    for (int i = 0; i < 6; i++) {
      b.dump("d" + i, new byte[1]);
    }
    assertEquals(PayloadLimit.PART_COUNT, limitHit(b, b.build(), -1, null));
  }

  @Test
  void tooManyAnnotations() {
    MultipartBuilder b =
        MultipartBuilder.formData()
            .annotation("a", "1")
            .annotation("b", "2")
            .annotation("c", "3")
            .annotation("d", "4");
    assertEquals(PayloadLimit.ANNOTATION_COUNT, limitHit(b, b.build(), -1, null));
    MultipartBuilder json = MultipartBuilder.formData().json("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}");
    assertEquals(PayloadLimit.ANNOTATION_COUNT, limitHit(json, json.build(), -1, null));
  }

  @Test
  void annotationsTooLarge() {
    MultipartBuilder b =
        MultipartBuilder.formData().annotation("a", "x".repeat(60)).annotation("b", "y".repeat(41));
    assertEquals(PayloadLimit.ANNOTATION_SIZE, limitHit(b, b.build(), -1, null));
  }

  @Test
  void tooLargeWinsOverMalformed() {
    MultipartBuilder b = MultipartBuilder.formData().json("[1]").dump("d", new byte[5000]);
    assertEquals(PayloadLimit.REQUEST_SIZE, limitHit(b, b.build(), -1, null));
  }
}
