package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSymbolSupplierTest {
  @TempDir Path first;
  @TempDir Path second;

  private static void write(Path root, String debugFile, String id, String name, String text)
      throws Exception {
    Path dir = root.resolve(debugFile).resolve(id);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void breakpadLayout() {
    assertEquals(
        Optional.of("test_app.pdb/5A98/test_app.sym"),
        LocalSymbolSupplier.relativePath(new ModuleKey("test_app.pdb", "5A98", null, null)));
    assertEquals(
        Optional.of("libc.so.6/AB/libc.so.6.sym"),
        LocalSymbolSupplier.relativePath(new ModuleKey("libc.so.6", "AB", null, null)));
    assertEquals(
        Optional.of("x.PDB/AB/x.sym"),
        LocalSymbolSupplier.relativePath(new ModuleKey("c:\\build\\x.PDB", "AB", null, null)));
    assertEquals(
        Optional.of(".pdb/AB/.pdb.sym"),
        LocalSymbolSupplier.relativePath(new ModuleKey(".pdb", "AB", null, null)));
  }

  @Test
  void unsafeKeysFindNothing() {
    LocalSymbolSupplier supplier = new LocalSymbolSupplier(List.of(first));
    for (ModuleKey key :
        List.of(
            new ModuleKey("", "AB", null, null),
            new ModuleKey("a.pdb", "", null, null),
            new ModuleKey("a.pdb", null, null, null),
            new ModuleKey("..", "AB", null, null),
            new ModuleKey("a.pdb", "../../etc", null, null))) {
      assertEquals(SymbolLookup.Status.NOT_FOUND, supplier.lookup(key).status(), key.toString());
    }
  }

  @Test
  void rootsInOrderAndStatuses() throws Exception {
    write(first, "a.pdb", "AA", "a.sym", "MODULE windows x86 AA a.pdb\nPUBLIC 10 0 from_first\n");
    write(second, "a.pdb", "AA", "a.sym", "MODULE windows x86 AA a.pdb\nPUBLIC 10 0 from_second\n");
    write(second, "b.so", "BB", "b.so.sym", "MODULE Linux x86 BB b.so\nPUBLIC 10 0 only_second\n");
    write(first, "c.so", "CC", "c.so.sym", "this is not a symbol file\n");
    LocalSymbolSupplier supplier = new LocalSymbolSupplier(List.of(first, second));

    SymbolLookup a = supplier.lookup(new ModuleKey("a.pdb", "AA", "a.exe", "1234"));
    assertEquals(SymbolLookup.Status.FOUND, a.status());
    assertEquals("from_first", a.file().symbolize(0x10).function());
    assertNull(a.url());
    SymbolLookup b = supplier.lookup(new ModuleKey("b.so", "BB", null, null));
    assertEquals("only_second", b.file().symbolize(0x10).function());
    SymbolLookup c = supplier.lookup(new ModuleKey("c.so", "CC", null, null));
    assertEquals(SymbolLookup.Status.CORRUPT, c.status());
    assertNull(c.file());
    assertEquals(
        SymbolLookup.Status.NOT_FOUND,
        supplier.lookup(new ModuleKey("d.so", "DD", null, null)).status());
  }
}
