package dev.breakwater.collector.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Feeds arbitrary bodies, content types and encodings to the crash report reader: it must answer
 * with a crash report or one of its declared refusals, never fail otherwise, and a report's dumps
 * must be exactly what their checksums say. Runs for a few seconds in every build (surefire sets
 * JAZZER_FUZZ); without it, only the stored inputs are replayed.
 */
class CrashReportReaderFuzzTest {

  private static final PayloadLimits LIMITS =
      new PayloadLimits(64 * 1024, 256 * 1024, 64, 32, 4 * 1024, 8 * 1024);
  private static final String[] MEDIA = {
    "multipart/form-data", "multipart/mixed", "Multipart/Form-Data", "text/plain", ""
  };
  private static final Path SPOOL = spoolDirectory();

  @FuzzTest(maxDuration = "15s")
  void readerAnswersEveryInput(FuzzedDataProvider data) throws Exception {
    String boundary = data.consumeAsciiString(12);
    String contentType =
        data.pickValue(MEDIA) + (data.consumeBoolean() ? "; boundary=" + boundary : "");
    boolean gzip = data.consumeBoolean();
    boolean compressBody = data.consumeBoolean();
    boolean declareLength = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();
    if (gzip && compressBody) {
      body = gzip(body);
    }
    RequestHead head =
        new RequestHead(contentType, declareLength ? body.length : -1, gzip ? "gzip" : null);
    CrashReportReader reader = new CrashReportReader(LIMITS, SPOOL);
    try (CrashReport report = reader.read(head, new ByteArrayInputStream(body))) {
      for (DumpBuffer dump : report.dumps().values()) {
        byte[] content;
        try (InputStream in = dump.content().open()) {
          content = in.readAllBytes();
        }
        assertEquals(dump.length(), content.length);
        assertEquals(sha256(content), dump.sha256());
      }
    } catch (MalformedCrashReportException | PayloadTooLargeException expected) {
      // A declared refusal is a fine answer to garbage.
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static Path spoolDirectory() {
    try {
      // Under target/, so that spooled dumps a failing run leaves behind are cleaned with it.
      return Files.createDirectories(Path.of("target", "fuzz-spool"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
