package dev.breakwater.minidump.symbols.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.symbols.ModuleKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpSymbolServerTest {
  static final String SYM = "MODULE windows x86 5A9832E5287241C1838ED98914E9B7FF1 test_app.pdb\n";
  static final ModuleKey KEY =
      new ModuleKey(
          "c:\\build\\test_app.pdb",
          "5A9832E5287241C1838ED98914E9B7FF1",
          "C:\\app\\test app.exe",
          "45E5DAE03000");

  @TempDir Path temp;
  TestSymbolServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestSymbolServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpSymbolServer client(String token, long maxBytes) {
    return new HttpSymbolServer(server.url("127.0.0.1"), token, Duration.ofSeconds(5), maxBytes);
  }

  @Test
  void breakpadLayoutWithCodeFileAndCodeId() throws IOException {
    server.files.put("/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym", SYM);
    Path target = temp.resolve("out.sym");
    Optional<String> url = client(null, 1 << 20).download(KEY, target);
    assertEquals(SYM, Files.readString(target));
    String expected =
        "/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym"
            + "?code_file=test%20app.exe&code_id=45E5DAE03000";
    assertEquals(expected, server.requests.get(0).pathAndQuery());
    assertEquals(server.url("127.0.0.1") + expected.substring("/symbols".length()), url.get());
    assertNull(server.requests.get(0).authorization());
  }

  @Test
  void missingCodeIdSendsEmptyParameters() throws IOException {
    client(null, 1 << 20).download(new ModuleKey("libc.so.6", "AB", null, null), temp.resolve("x"));
    assertEquals(
        "/symbols/libc.so.6/AB/libc.so.6.sym?code_file=&code_id=",
        server.requests.get(0).pathAndQuery());
  }

  @Test
  void notFoundAndForbiddenAreMisses() throws IOException {
    assertTrue(client(null, 1 << 20).download(KEY, temp.resolve("a")).isEmpty());
    server.statuses.put(
        "/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym", 403);
    assertTrue(client(null, 1 << 20).download(KEY, temp.resolve("b")).isEmpty());
  }

  @Test
  void serverErrorsAreErrors() {
    server.statuses.put(
        "/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym", 503);
    assertThrows(IOException.class, () -> client(null, 1 << 20).download(KEY, temp.resolve("a")));
  }

  @Test
  void bearerTokenStaysWithTheServersOwnHost() throws IOException {
    String path = "/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym";
    String elsewhere = server.url("localhost") + "/blob/abc";
    server.redirects.put(path, elsewhere);
    server.files.put("/symbols/blob/abc", SYM);
    Path target = temp.resolve("out.sym");
    assertTrue(client("s3cret", 1 << 20).download(KEY, target).isPresent());
    assertEquals(SYM, Files.readString(target));
    assertEquals("Bearer s3cret", server.requests.get(0).authorization());
    assertNull(server.requests.get(1).authorization());
  }

  @Test
  void gzipEncodedResponses() throws IOException {
    server.gzip = true;
    server.files.put("/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym", SYM);
    Path target = temp.resolve("out.sym");
    client(null, 1 << 20).download(KEY, target);
    assertEquals(SYM, Files.readString(target));
  }

  @Test
  void oversizedFilesAreRefused() {
    server.files.put("/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym", SYM);
    assertThrows(IOException.class, () -> client(null, 10).download(KEY, temp.resolve("a")));
  }

  @Test
  void redirectLoopsEnd() {
    String path = "/symbols/test_app.pdb/5A9832E5287241C1838ED98914E9B7FF1/test_app.sym";
    server.redirects.put(path, path);
    assertThrows(IOException.class, () -> client(null, 1 << 20).download(KEY, temp.resolve("a")));
  }
}
