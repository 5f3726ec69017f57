package dev.breakwater.minidump.symbols.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.breakwater.minidump.symbols.ModuleKey;
import dev.breakwater.minidump.symbols.SymbolFile;
import dev.breakwater.minidump.symbols.SymbolLookup;
import dev.breakwater.minidump.symbols.SymbolSupplier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingSymbolSupplierTest {
  static SymbolFile symbols(String name, int publics) {
    StringBuilder text = new StringBuilder("MODULE Linux x86_64 AB " + name + "\n");
    for (int i = 1; i <= publics; i++) {
      text.append("PUBLIC ")
          .append(Integer.toHexString(i * 16))
          .append(" 0 f")
          .append(i)
          .append('\n');
    }
    try {
      return SymbolFile.parse(
          new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A delegate that counts its calls and can hold them until released. */
  static final class SlowSupplier implements SymbolSupplier {
    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final int publics;

    SlowSupplier(int publics) {
      this.publics = publics;
    }

    @Override
    public SymbolLookup lookup(ModuleKey key) {
      calls.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (key.debugFile().startsWith("missing")) {
        return SymbolLookup.notFound();
      }
      return new SymbolLookup(SymbolLookup.Status.FOUND, symbols(key.debugFile(), publics), null);
    }
  }

  private static ModuleKey key(String name) {
    return new ModuleKey(name, "AB", null, null);
  }

  @Test
  void concurrentLookupsOfOneModuleShareOneLoad() throws Exception {
    SlowSupplier slow = new SlowSupplier(10);
    CachingSymbolSupplier cache = new CachingSymbolSupplier(slow, 1 << 30);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SymbolLookup>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> cache.lookup(key("libxul.so"))));
      }
      Thread.sleep(200);
      slow.release.countDown();
      SymbolLookup first = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<SymbolLookup> result : results) {
        assertSame(first.file(), result.get(10, TimeUnit.SECONDS).file());
      }
      assertEquals(1, slow.calls.get());
      assertSame(first.file(), cache.lookup(key("libxul.so")).file());
      assertEquals(1, slow.calls.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void boundedByEstimatedMemoryNotCount() {
    SlowSupplier slow = new SlowSupplier(2000);
    slow.release.countDown();
    long oneFile = symbols("x", 2000).estimatedMemoryBytes();
    CachingSymbolSupplier cache = new CachingSymbolSupplier(slow, oneFile * 2 + oneFile / 2);
    cache.lookup(key("a"));
    cache.lookup(key("b"));
    cache.lookup(key("a"));
    cache.lookup(key("c")); // evicts b, the least recently used
    assertEquals(2, cache.cachedFiles());
    assertTrue(cache.cachedBytes() <= oneFile * 2 + oneFile / 2);
    int calls = slow.calls.get();
    cache.lookup(key("a"));
    assertEquals(calls, slow.calls.get());
    cache.lookup(key("b"));
    assertEquals(calls + 1, slow.calls.get());
  }

  @Test
  void missesAreNotKeptInMemory() {
    SlowSupplier slow = new SlowSupplier(1);
    slow.release.countDown();
    CachingSymbolSupplier cache = new CachingSymbolSupplier(slow, 1 << 30);
    assertEquals(SymbolLookup.Status.NOT_FOUND, cache.lookup(key("missing.so")).status());
    cache.lookup(key("missing.so"));
    assertEquals(2, slow.calls.get());
    assertEquals(0, cache.cachedFiles());
  }
}
