package dev.breakwater.minidump.symbols.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolDiskCacheTest {
  @TempDir Path root;

  private static ModuleKey key(String name) {
    return new ModuleKey(name + ".pdb", "AB", null, null);
  }

  private static void store(SymbolDiskCache cache, String name, int padding) throws IOException {
    Path temp = cache.newTemporaryFile();
    Files.writeString(temp, "MODULE windows x86 AB " + name + ".pdb\n" + "#".repeat(padding));
    cache.commit(key(name), temp, "https://symbols.example/" + name);
  }

  @Test
  void storesInBreakpadLayoutWithTheUrl() throws IOException {
    SymbolDiskCache cache = new SymbolDiskCache(root, 1 << 20);
    store(cache, "a", 0);
    assertTrue(Files.isRegularFile(root.resolve("a.pdb/AB/a.sym")));
    SymbolLookup lookup = cache.lookup(key("a"));
    assertEquals(SymbolLookup.Status.FOUND, lookup.status());
    assertEquals("https://symbols.example/a", lookup.url());
    assertEquals(SymbolLookup.Status.NOT_FOUND, cache.lookup(key("b")).status());
  }

  @Test
  void evictsLeastRecentlyUsedBeyondTheBound() throws IOException {
    SymbolDiskCache cache = new SymbolDiskCache(root, 2500);
    store(cache, "a", 1000);
    store(cache, "b", 1000);
    assertTrue(cache.get(key("a")).isPresent()); // a is now more recent than b
    store(cache, "c", 1000);
    assertTrue(cache.get(key("a")).isPresent());
    assertFalse(cache.get(key("b")).isPresent());
    assertFalse(Files.exists(root.resolve("b.pdb/AB/b.sym")));
    assertTrue(cache.get(key("c")).isPresent());
    assertTrue(cache.totalBytes() <= 2500);
    assertEquals(2, cache.fileCount());
  }

  @Test
  void reloadsItsFilesAndDropsStrayTemporaries() throws IOException {
    SymbolDiskCache first = new SymbolDiskCache(root, 1 << 20);
    store(first, "a", 10);
    Path stray = first.newTemporaryFile();
    SymbolDiskCache second = new SymbolDiskCache(root, 1 << 20);
    assertTrue(second.get(key("a")).isPresent());
    assertEquals(first.totalBytes(), second.totalBytes());
    assertFalse(Files.exists(stray));
  }

  @Test
  void corruptFilesAreRemoved() throws IOException {
    SymbolDiskCache cache = new SymbolDiskCache(root, 1 << 20);
    Path temp = cache.newTemporaryFile();
    Files.writeString(temp, "<html>oops</html>");
    cache.commit(key("bad"), temp, null);
    assertEquals(SymbolLookup.Status.CORRUPT, cache.lookup(key("bad")).status());
    assertFalse(cache.get(key("bad")).isPresent());
    assertEquals(0, cache.totalBytes());
  }
}
