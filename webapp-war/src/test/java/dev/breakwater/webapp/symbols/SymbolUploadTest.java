package dev.breakwater.webapp.symbols;

import static dev.breakwater.webapp.symbols.SymbolFiles.DEBUG_ID;
import static dev.breakwater.webapp.symbols.SymbolFiles.symBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.common.storage.InMemoryBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolUploadTest {
  private static final String TOKEN = "test-token";
  private static final String BOUNDARY = "----upload-boundary";
  private static final SymbolUploadLimits LIMITS = new SymbolUploadLimits(1 << 20, 4 << 20, 100);

  @TempDir Path spool;

  private final InMemoryBlobStore store = new InMemoryBlobStore();
  private final List<String> events = new ArrayList<>();
  private SymbolUpload upload;

  @BeforeEach
  void setUp() {
    upload = upload(LIMITS);
  }

  private SymbolUpload upload(SymbolUploadLimits limits) {
    return new SymbolUpload(
        UploadTokens.parse(TOKEN), limits, spool, store, List.of(new RecordingListener()));
  }

  private UploadResult raw(String contentType, byte[] body) {
    return upload.upload(TOKEN, contentType, body.length, new ByteArrayInputStream(body));
  }

  private UploadResult multipart(Map<String, byte[]> files) {
    byte[] body = SymbolFiles.multipart(BOUNDARY, files);
    return upload.upload(
        TOKEN,
        "multipart/form-data; boundary=" + BOUNDARY,
        body.length,
        new ByteArrayInputStream(body));
  }

  @Test
  void aRawSymFileIsStoredAtItsBreakpadKey() {
    byte[] sym = symBytes(DEBUG_ID, "test_app.pdb");
    UploadResult result = raw("text/plain", sym);

    String key = "symbols/test_app.pdb/" + DEBUG_ID + "/test_app.sym";
    assertEquals(UploadOutcome.STORED, result.outcome(), String.valueOf(result));
    assertEquals(
        List.of(
            new StoredSymbol(UploadReader.BODY_NAME, "test_app.pdb", DEBUG_ID, key, sym.length)),
        result.stored());
    assertArrayEquals(sym, store.get(key).orElseThrow());
    assertEquals(List.of("stored " + key, "finished stored"), events);
  }

  @Test
  void aMultipartUploadOfSymAndZipStoresEveryFile() {
    Map<String, byte[]> zipped = new LinkedHashMap<>();
    zipped.put(
        "libc.so/ABCDEF0123456789ABCDEF01234567890/libc.so.sym",
        symBytes("ABCDEF0123456789ABCDEF01234567890", "libc.so"));
    zipped.put("dir/", new byte[0]);
    zipped.put("xul.sym", symBytes("44E4EC8C2F41492B9369D6B9A059577C2", "XUL.PDB"));
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("test_app.sym", symBytes(DEBUG_ID, "test_app.pdb"));
    parts.put("more.zip", SymbolFiles.zip(zipped));

    UploadResult result = multipart(parts);

    assertEquals(UploadOutcome.STORED, result.outcome(), String.valueOf(result));
    assertEquals(
        List.of(
            "symbols/XUL.PDB/44E4EC8C2F41492B9369D6B9A059577C2/XUL.sym",
            "symbols/libc.so/ABCDEF0123456789ABCDEF01234567890/libc.so.sym",
            "symbols/test_app.pdb/" + DEBUG_ID + "/test_app.sym"),
        store.keys().stream().sorted().toList());
    assertEquals(
        "more.zip!xul.sym",
        result.stored().stream()
            .filter(s -> s.debugFile().equals("XUL.PDB"))
            .findFirst()
            .orElseThrow()
            .file());
  }

  @Test
  void aZipSentAsTheRawBodyIsExpanded() {
    byte[] zip = SymbolFiles.zip(Map.of("a.sym", symBytes(DEBUG_ID, "a.pdb")));
    UploadResult result = raw("application/zip", zip);
    assertEquals(UploadOutcome.STORED, result.outcome(), String.valueOf(result));
    assertTrue(store.exists("symbols/a.pdb/" + DEBUG_ID + "/a.sym"));
  }

  @Test
  void aFileWithoutModuleRecordIsRejected() {
    UploadResult result = raw("text/plain", "FUNC 1000 10 0 f\n".getBytes());
    assertRejected(result, UploadReader.BODY_NAME, "MODULE");
  }

  @Test
  void badDebugIdsAreRejected() {
    assertRejected(raw("text/plain", symBytes("5A98Z2E5287241C1", "a.pdb")), null, "MODULE");
    assertRejected(raw("text/plain", symBytes("ABCDEF01", "a.pdb")), null, "debug id");
    assertRejected(raw("text/plain", symBytes("A".repeat(41), "a.pdb")), null, "debug id");
  }

  @Test
  void debugFilesThatWouldLeaveTheirPrefixAreRejected() {
    for (String debugFile : List.of("..", ".", "../../v1/processed_crash/x", "a\\b.pdb", "a/b")) {
      assertRejected(raw("text/plain", symBytes(DEBUG_ID, debugFile)), null, "debug file");
    }
    byte[] nul = symBytes(DEBUG_ID, "a\0.pdb");
    assertRejected(raw("text/plain", nul), null, "control character");
  }

  @Test
  void aZipWithOneBadEntryStoresNothingAndNamesTheEntry() {
    Map<String, byte[]> zipped = new LinkedHashMap<>();
    zipped.put("good.sym", symBytes(DEBUG_ID, "good.pdb"));
    zipped.put("bad.sym", "not a symbol file".getBytes());
    zipped.put("README.txt", "hello".getBytes());
    UploadResult result = multipart(Map.of("symbols.zip", SymbolFiles.zip(zipped)));

    assertEquals(UploadOutcome.REJECTED, result.outcome());
    assertEquals(
        List.of("symbols.zip!README.txt", "symbols.zip!bad.sym"),
        result.rejected().stream().map(Rejection::file).sorted().toList());
    assertTrue(result.message().contains("2 of 3"), result.message());
    assertEquals(List.of(), store.keys());
  }

  @Test
  void aBrokenZipIsRejected() {
    byte[] zip = SymbolFiles.zip(Map.of("a.sym", symBytes(DEBUG_ID, "a.pdb")));
    byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
    assertRejected(raw("application/zip", truncated), UploadReader.BODY_NAME, "zip");
  }

  @Test
  void aBodyOverTheUploadLimitIsRefusedWhetherOrNotItsLengthIsDeclared() {
    upload = upload(new SymbolUploadLimits(100, 1 << 20, 10));
    byte[] sym = symBytes(DEBUG_ID, "a.pdb");
    assertTooLarge(raw("text/plain", sym), UploadLimit.UPLOAD_BYTES);
    UploadResult chunked = upload.upload(TOKEN, "text/plain", -1, new ByteArrayInputStream(sym));
    assertTooLarge(chunked, UploadLimit.UPLOAD_BYTES);
    byte[] parts = SymbolFiles.multipart(BOUNDARY, Map.of("a.sym", sym));
    UploadResult multipart =
        upload.upload(
            TOKEN,
            "multipart/form-data; boundary=" + BOUNDARY,
            -1,
            new ByteArrayInputStream(parts));
    assertTooLarge(multipart, UploadLimit.UPLOAD_BYTES);
  }

  @Test
  void aZipBombIsStoppedAtTheUncompressedLimit() {
    upload = upload(new SymbolUploadLimits(1 << 20, 64 << 10, 10));
    byte[] big = new byte[1 << 20];
    System.arraycopy(symBytes(DEBUG_ID, "a.pdb"), 0, big, 0, 60);
    byte[] zip = SymbolFiles.zip(Map.of("a.sym", big));
    assertTrue(zip.length < 64 << 10, "the zip itself is small");
    assertTooLarge(raw("application/zip", zip), UploadLimit.UNCOMPRESSED_BYTES);
  }

  @Test
  void tooManyFilesAreRefused() {
    upload = upload(new SymbolUploadLimits(1 << 20, 1 << 20, 3));
    Map<String, byte[]> zipped = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      zipped.put(i + ".sym", symBytes(DEBUG_ID, i + ".pdb"));
    }
    assertTooLarge(raw("application/zip", SymbolFiles.zip(zipped)), UploadLimit.FILES);
  }

  @Test
  void uploadsNeedAConfiguredToken() {
    byte[] sym = symBytes(DEBUG_ID, "a.pdb");
    assertEquals(
        UploadOutcome.UNAUTHORIZED,
        upload.upload(null, "text/plain", sym.length, new ByteArrayInputStream(sym)).outcome());
    assertEquals(
        UploadOutcome.UNAUTHORIZED,
        upload.upload("wrong", "text/plain", sym.length, new ByteArrayInputStream(sym)).outcome());
    SymbolUpload disabled =
        new SymbolUpload(UploadTokens.parse(""), LIMITS, spool, store, List.of());
    UploadResult result =
        disabled.upload(TOKEN, "text/plain", sym.length, new ByteArrayInputStream(sym));
    assertEquals(UploadOutcome.DISABLED, result.outcome());
    assertTrue(result.message().contains("breakwater.webapp.symbols.upload-tokens"));
    assertEquals(List.of(), store.keys());
  }

  @Test
  void requestsThatAreNotUploadsAreMalformed() {
    assertEquals(
        UploadOutcome.MALFORMED,
        raw("application/x-www-form-urlencoded", "a=b".getBytes()).outcome());
    assertEquals(UploadOutcome.MALFORMED, multipart(Map.of()).outcome());
    assertEquals(UploadOutcome.MALFORMED, raw("text/plain", new byte[0]).outcome());
    byte[] noDelimiter = "just text, no boundary".getBytes();
    assertEquals(
        UploadOutcome.MALFORMED,
        upload
            .upload(
                TOKEN,
                "multipart/form-data; boundary=" + BOUNDARY,
                noDelimiter.length,
                new ByteArrayInputStream(noDelimiter))
            .outcome());
  }

  @Test
  void aStorageFailureAnswersStorageError() {
    store.setFailing(true);
    UploadResult result = raw("text/plain", symBytes(DEBUG_ID, "a.pdb"));
    assertEquals(UploadOutcome.STORAGE_ERROR, result.outcome());
  }

  @Test
  void theSpoolIsEmptiedAfterEveryUpload() throws IOException {
    raw("text/plain", symBytes(DEBUG_ID, "a.pdb"));
    raw("text/plain", "bad".getBytes());
    raw("application/zip", SymbolFiles.zip(Map.of("a.sym", symBytes(DEBUG_ID, "a.pdb"))));
    try (Stream<Path> left = Files.list(spool)) {
      assertEquals(List.of(), left.toList());
    }
  }

  private void assertRejected(UploadResult result, String file, String reasonPart) {
    assertEquals(UploadOutcome.REJECTED, result.outcome(), String.valueOf(result));
    assertEquals(1, result.rejected().size(), String.valueOf(result));
    Rejection rejection = result.rejected().get(0);
    if (file != null) {
      assertEquals(file, rejection.file());
    }
    assertTrue(rejection.reason().contains(reasonPart), rejection.reason());
    assertEquals(List.of(), store.keys());
  }

  private void assertTooLarge(UploadResult result, UploadLimit limit) {
    assertEquals(UploadOutcome.TOO_LARGE, result.outcome(), String.valueOf(result));
    assertEquals(limit, result.limit());
    assertEquals(List.of(), store.keys());
  }

  private final class RecordingListener implements SymbolUploadListener {
    @Override
    public void stored(StoredSymbol symbol, String uploader) {
      events.add("stored " + symbol.key());
    }

    @Override
    public void finished(UploadResult result, String uploader) {
      events.add("finished " + result.outcome().code());
    }
  }
}
