package dev.breakwater.it.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.it.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Symbols uploaded through the webapp, as a user's build would, land in the bucket at the key the
 * processor reads, and crashes of that module are symbolicated with them. The test stack's
 * processor has no local symbol directory: the bucket is the only place it can find them.
 */
class SymbolUploadIT {
  private static final String TOKEN = SymbolUploads.TOKEN;

  private static final String TEST_APP =
      "rust-minidump/testdata/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym";
  private static final String TEST_APP_KEY =
      "symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym";

  @Test
  void uploadedSymbolsSymbolicateCrashesOfTheirModule() throws Exception {
    Path sym = TestCrashes.corpus(TEST_APP);
    Path dump = TestCrashes.corpus("rust-minidump/testdata/test.dmp");
    Bucket.delete(TEST_APP_KEY);

    HttpResponse<String> response =
        post(
            multipart(Map.of("test_app.sym", Files.readAllBytes(sym))),
            "Authorization",
            "Bearer " + TOKEN);

    assertEquals(201, response.statusCode(), response.body());
    JsonNode uploaded = Http.json(response).path("uploaded");
    assertEquals(1, uploaded.size(), response.body());
    assertEquals(TEST_APP_KEY, uploaded.get(0).path("key").asText());
    assertEquals("test_app.pdb", uploaded.get(0).path("debug_file").asText());
    assertEquals("5A9832E5287241C1838ED98914E9B7FF1", uploaded.get(0).path("debug_id").asText());
    assertEquals(Files.size(sym), uploaded.get(0).path("size").asLong());
    assertArrayEquals(Files.readAllBytes(sym), Bucket.getBytes(TEST_APP_KEY).orElseThrow());

    String crashId =
        CrashSubmission.submit(
            Map.of("ProductName", "BreakwaterIT", "Version", "1.0", "ReleaseChannel", "nightly"),
            dump);
    JsonNode document =
        CrashSearch.awaitCrash(crashId, Duration.ofSeconds(120))
            .orElseThrow(() -> new AssertionError("crash " + crashId + " never became searchable"));
    assertEquals(
        "(anonymous namespace)::CrashFunction",
        document.path("signature").asText(),
        document.toString());
  }

  @Test
  void aZipSentAsTheBodyWithTeckensHeaderStoresEveryEntry() throws Exception {
    String ld = "ld-2.13.so/C32AD7E235EA6112E02A5B9D6219C4850/ld-2.13.so.sym";
    String libgcc = "libgcc_s.so.1/18B180F90887D8F8B5C35D185444AF4C0/libgcc_s.so.1.sym";
    Map<String, byte[]> entries =
        Map.of(
            ld, Files.readAllBytes(TestCrashes.corpus("breakpad/symbols/" + ld)),
            libgcc, Files.readAllBytes(TestCrashes.corpus("breakpad/symbols/" + libgcc)));
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(SymbolUploads.uploadUri())
                .header("Content-Type", "application/zip")
                .header("Auth-Token", TOKEN)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries)))
                .build());

    assertEquals(201, response.statusCode(), response.body());
    assertEquals(2, Http.json(response).path("uploaded").size(), response.body());
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      assertArrayEquals(
          entry.getValue(), Bucket.getBytes("symbols/" + entry.getKey()).orElseThrow());
    }
  }

  @Test
  void uploadsWithoutAValidTokenAreRefusedAndStoreNothing() throws Exception {
    String debugId = UUID.randomUUID().toString().replace("-", "").toUpperCase() + "0";
    String key = "symbols/unauthorized.pdb/" + debugId + "/unauthorized.sym";
    byte[] sym =
        ("MODULE windows x86 " + debugId + " unauthorized.pdb\nPUBLIC 1000 0 f\n")
            .getBytes(StandardCharsets.US_ASCII);

    HttpResponse<String> none = post(sym, "Content-Type", "text/plain");
    HttpResponse<String> wrong = post(sym, "Authorization", "Bearer not-the-token");

    assertEquals(401, none.statusCode(), none.body());
    assertTrue(Http.json(none).path("error").asText().contains("token"), none.body());
    assertEquals(401, wrong.statusCode(), wrong.body());
    assertFalse(Bucket.getBytes(key).isPresent(), "nothing stored without a valid token");
  }

  @Test
  void anInvalidSymbolFileIsRejectedWithItsReason() throws Exception {
    HttpResponse<String> response =
        post(
            multipart(Map.of("evil.sym", "MODULE Linux x86_64 0123456789ABCDEF0 ..\n".getBytes())),
            "Authorization",
            "Bearer " + TOKEN);

    assertEquals(400, response.statusCode(), response.body());
    JsonNode rejected = Http.json(response).path("rejected");
    assertEquals("evil.sym", rejected.path(0).path("file").asText(), response.body());
    assertTrue(rejected.path(0).path("reason").asText().contains("debug file"), response.body());
  }

  private static HttpResponse<String> post(byte[] body, String header, String value)
      throws IOException, InterruptedException {
    return SymbolUploads.post(body, header, value);
  }

  private static byte[] multipart(Map<String, byte[]> files) {
    return SymbolUploads.multipart(files);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
