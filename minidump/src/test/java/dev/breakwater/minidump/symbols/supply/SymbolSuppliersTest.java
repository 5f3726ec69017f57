package dev.breakwater.minidump.symbols.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolSuppliersTest {
  static final ModuleKey XUL = new ModuleKey("xul.pdb", "ABC1", "xul.dll", "5F00");
  static final String XUL_PATH = "/symbols/xul.pdb/ABC1/xul.sym";

  @TempDir Path local;
  @TempDir Path cacheDir;
  TestSymbolServer server;
  TestSymbolServer second;
  MissCacheTest.ManualClock clock = new MissCacheTest.ManualClock();

  @BeforeEach
  void start() throws IOException {
    server = new TestSymbolServer();
    second = new TestSymbolServer();
  }

  @AfterEach
  void stop() {
    server.close();
    second.close();
  }

  private CachingSymbolSupplier chain() throws IOException {
    return SymbolSuppliers.builder()
        .localRoot(local)
        .server(server.url("127.0.0.1"), null)
        .server(second.url("127.0.0.1"), "token")
        .cacheDirectory(cacheDir)
        .missTtl(Duration.ofMinutes(5))
        .clock(clock)
        .build();
  }

  @Test
  void localDirectoriesComeFirst() throws IOException {
    Path dir = local.resolve("xul.pdb/ABC1");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("xul.sym"), "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 local\n");
    server.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 remote\n");
    SymbolLookup lookup = chain().lookup(XUL);
    assertEquals("local", lookup.file().symbolize(0x10).function());
    assertNull(lookup.symbolUrl());
    assertTrue(server.requests.isEmpty());
  }

  @Test
  void serversInOrderThenTheDiskCache() throws IOException {
    second.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 from_second\n");
    SymbolLookup lookup = chain().lookup(XUL);
    assertTrue(lookup.loadedSymbols());
    assertFalse(lookup.missingSymbols());
    assertEquals("from_second", lookup.file().symbolize(0x10).function());
    assertTrue(lookup.symbolUrl().startsWith(second.url("127.0.0.1").toString()));
    assertEquals(1, server.requests.size());
    assertEquals("Bearer token", second.requests.get(0).authorization());

    // a new process (empty memory cache) finds the file in the disk cache, with its URL
    SymbolLookup again = chain().lookup(XUL);
    assertEquals("from_second", again.file().symbolize(0x10).function());
    assertEquals(lookup.symbolUrl(), again.symbolUrl());
    assertEquals(1, second.requests.size());
  }

  @Test
  void missesAreRememberedUntilTheyExpire() throws IOException {
    CachingSymbolSupplier chain = chain();
    SymbolLookup missing = chain.lookup(XUL);
    assertTrue(missing.missingSymbols());
    assertFalse(missing.loadedSymbols());
    chain.lookup(XUL);
    assertEquals(1, server.requests.size());
    clock.now = clock.now.plus(Duration.ofMinutes(6));
    second.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 late\n");
    assertEquals("late", chain.lookup(XUL).file().symbolize(0x10).function());
    assertEquals(2, server.requests.size());
  }

  @Test
  void corruptDownloadsAreReportedAndNotCached() throws IOException {
    server.files.put(XUL_PATH, "<html>login required</html>\n");
    SymbolLookup lookup = chain().lookup(XUL);
    assertEquals(SymbolLookup.Status.CORRUPT, lookup.status());
    assertTrue(lookup.corruptSymbols());
    assertFalse(lookup.loadedSymbols());
    assertFalse(Files.exists(cacheDir.resolve("xul.pdb/ABC1/xul.sym")));
  }

  @Test
  void partiallyCorruptFilesAreLoadedAndFlagged() throws IOException {
    server.files.put(
        XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 ok\nPUBLIC zz 0 bad\n");
    SymbolLookup lookup = chain().lookup(XUL);
    assertTrue(lookup.loadedSymbols());
    assertTrue(lookup.corruptSymbols());
  }

  @Test
  void serverErrorsAreNotRememberedAsMisses() throws IOException {
    server.statuses.put(XUL_PATH, 500);
    CachingSymbolSupplier chain = chain();
    assertTrue(chain.lookup(XUL).missingSymbols());
    chain.lookup(XUL);
    assertEquals(2, server.requests.size());
  }

  @Test
  void forgettingAModuleAsksTheServersAgainAtOnce() throws IOException {
    CachingSymbolSupplier chain = chain();
    assertFalse(chain.lookup(XUL).loadedSymbols());
    int asked = server.requests.size();
    assertFalse(chain.lookup(XUL).loadedSymbols()); // remembered as a miss for 5 minutes
    assertEquals(asked, server.requests.size());

    server.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 uploaded\n");
    chain.forget("xul.pdb", "abc1");
    SymbolLookup lookup = chain.lookup(XUL);
    assertEquals("uploaded", lookup.file().symbolize(0x10).function());
    assertEquals(asked + 1, server.requests.size());
  }

  @Test
  void forgettingAModuleDropsItsParsedFile() throws IOException {
    CachingSymbolSupplier chain = chain();
    server.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 first\n");
    assertEquals("first", chain.lookup(XUL).file().symbolize(0x10).function());
    assertEquals(1, chain.cachedFiles());
    chain.forget("xul.pdb", "ABC1");
    assertEquals(0, chain.cachedFiles());
    assertEquals(0, chain.cachedBytes());
  }

  @Test
  void forgettingAModuleDropsItsDiskCachedDownload() throws IOException {
    server.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 old\n");
    assertEquals("old", chain().lookup(XUL).file().symbolize(0x10).function());
    server.files.put(XUL_PATH, "MODULE windows x86 ABC1 xul.pdb\nPUBLIC 10 0 replaced\n");
    CachingSymbolSupplier restarted = chain(); // empty memory cache, the same disk cache
    restarted.forget("xul.pdb", "ABC1");
    assertEquals("replaced", restarted.lookup(XUL).file().symbolize(0x10).function());
  }
}
