package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModuleRecordTest {

  private static ModuleRecord read(String text) throws IOException {
    return ModuleRecord.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsTheSameFieldsAsTheFullParser() throws IOException {
    String text =
        "\r\nMODULE Windows x86_64 D3096ED481217FD4C16B29CD9BC208BA0 firefox x y z\r\n"
            + "FUNC 1000 10 0 f\n";
    ModuleRecord module = read(text);
    SymbolFile full = SymText.parse(text);
    assertEquals(full.os(), module.os());
    assertEquals(full.cpu(), module.cpu());
    assertEquals(full.debugId(), module.debugId());
    assertEquals("firefox x y z", module.debugFile());
  }

  @Test
  void readsNothingAfterTheFirstLine() throws IOException {
    InputStream in =
        new ByteArrayInputStream(
            "MODULE Linux x86_64 ABCDEF0123 libc.so\nFUNC 0 1 0 f\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertEquals("libc.so", ModuleRecord.read(in).debugFile());
    assertEquals('F', in.read());
  }

  @Test
  void acceptsAByteOrderMarkAsTheFullParserDoes() throws IOException {
    assertEquals("a.pdb", read("\uFEFFMODULE windows x86 0A a.pdb\n").debugFile());
  }

  @Test
  void rejectsWhatTheFullParserRejects() {
    for (String bad :
        new String[] {
          "",
          "\n\n",
          "FUNC 1000 10 0 f\n",
          "MODULE windows x86 5A98Z2E5 test_app.pdb\n",
          "MODULE windows x86 5A98\n",
        }) {
      assertThrows(SymbolParseException.class, () -> read(bad), bad);
      assertThrows(
          SymbolParseException.class,
          () -> SymbolFile.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))),
          bad);
    }
  }

  @Test
  void rejectsAnOverlongFirstLine() {
    String line = "MODULE windows x86 0A " + "a".repeat(ModuleRecord.MAX_LINE);
    assertThrows(SymbolParseException.class, () -> read(line));
  }
}
