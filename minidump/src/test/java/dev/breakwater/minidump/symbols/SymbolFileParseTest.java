package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SymbolFileParseTest {

  @Test
  void moduleAndInfoFields() {
    SymbolFile sym =
        SymText.parse(
            "MODULE windows x86 5A9832E5287241C1838ED98914E9B7FF1 test_app.pdb\n"
                + "INFO CODE_ID 45E5DAE03000 test_app.exe\n"
                + "INFO CODE_ID FFFF other.exe\n");
    assertEquals("windows", sym.os());
    assertEquals("x86", sym.cpu());
    assertEquals("5A9832E5287241C1838ED98914E9B7FF1", sym.debugId());
    assertEquals("test_app.pdb", sym.debugFile());
    assertEquals("45E5DAE03000", sym.codeId());
    assertEquals("test_app.exe", sym.codeFile());
    assertEquals(0, sym.badLineCount());
  }

  @Test
  void moduleNameMayContainSpacesAndCodeFileIsOptional() {
    SymbolFile sym =
        SymText.parse(
            "MODULE Windows x86_64 D3096ED481217FD4C16B29CD9BC208BA0 firefox x y z\r\r\n"
                + "INFO CODE_ID 10FAA6BBAAB83DB3\n");
    assertEquals("firefox x y z", sym.debugFile());
    assertEquals("10FAA6BBAAB83DB3", sym.codeId());
    assertNull(sym.codeFile());
  }

  @Test
  void missingOrCorruptModuleIsAParseError() {
    assertThrows(SymbolParseException.class, () -> parseStrict(""));
    assertThrows(SymbolParseException.class, () -> parseStrict("\n\n\0\0"));
    assertThrows(SymbolParseException.class, () -> parseStrict("FUNC 1000 10 0 main\n"));
    assertThrows(SymbolParseException.class, () -> parseStrict("MODULE Linux x86 ABC\n"));
    assertThrows(SymbolParseException.class, () -> parseStrict("MODULE Linux x86 XYZ name\n"));
    assertThrows(SymbolParseException.class, () -> parseStrict("<html>404</html>\n"));
  }

  @Test
  void byteOrderMarkIsToleratedButCounted() throws Exception {
    byte[] text =
        "\uFEFFMODULE Linux x86 ABCDEF0 name\nPUBLIC 10 0 f\n".getBytes(StandardCharsets.UTF_8);
    SymbolFile sym = SymbolFile.parse(new ByteArrayInputStream(text));
    assertEquals("name", sym.debugFile());
    assertEquals(1, sym.badLineCount());
    assertEquals("f", sym.symbolize(0x10).function());
  }

  @Test
  void badLinesAreSkippedAndCounted() {
    SymbolFile sym =
        SymText.module(
            "FILE 0 a.c\n"
                + "FILE x b.c\n" // bad file id
                + "1000 4 1 0\n" // line record before any FUNC
                + "FUNC 1000 20 0 good\n"
                + "1000 4 7 0\n"
                + "zzzz 4 8 0\n" // bad address
                + "1010 4 -1 0\n" // negative line
                + "1014 4 9 -3\n" // negative file
                + "FUNC 2000 zz 0 broken\n" // bad size: ends the function
                + "2000 4 1 0\n" // no function to belong to
                + "PUBLIC nothex 0 p\n"
                + "STACK FOO 1 2\n"
                + "STACK WIN 9 1000 10 0 0 0 0 0 0 0 0\n" // type out of range
                + "STACK CFI INIT 1000 10\n" // no rules
                + "garbage\n");
    assertEquals(12, sym.badLineCount());
    assertTrue(sym.isPartiallyCorrupt());
    Symbolization s = sym.symbolize(0x1000);
    assertEquals("good", s.function());
    assertEquals("a.c", s.sourceFile());
    assertEquals(7, s.sourceLine());
    assertNull(sym.symbolize(0x2000));
  }

  @Test
  void inlineProblemsAreCountedApart() {
    SymbolFile sym =
        SymText.module(
            "INLINE_ORIGIN x foo\n"
                + "INLINE 0 1 2 1000 10\n" // no FUNC yet
                + "FUNC 1000 20 0 f\n"
                + "INLINE 0 1\n");
    assertEquals(3, sym.badInlineLineCount());
    assertEquals(0, sym.badLineCount());
  }

  @Test
  void crlfAndBlankLinesAndLoneCarriageReturns() {
    SymbolFile sym =
        SymText.module(
            "\r\n\r\nFILE 0 a.c\r\nFUNC 1000 10 0 f\r\r\n1000 10 3 0\r\n\nPUBLIC 2000 0 g\rPUBLIC 3000 0 h");
    assertEquals(0, sym.badLineCount());
    assertEquals(3, sym.symbolize(0x1005).sourceLine());
    assertEquals("g", sym.symbolize(0x2000).function());
    assertEquals("h", sym.symbolize(0x3000).function());
  }

  /** Breakpad turns inner NUL bytes into '_' (one error) and drops NUL padding at the end. */
  @Test
  void nulBytes() {
    SymbolFile inner = SymText.module("PUBLIC 1000 0 a\0b\nPUBLIC 2000 0 c\n");
    assertEquals("a_b", inner.symbolize(0x1000).function());
    assertEquals(1, inner.badLineCount());

    SymbolFile trailing = SymText.module("PUBLIC 1000 0 a\n\0\0\0");
    assertEquals(0, trailing.badLineCount());
    SymbolFile trailingOnLastLine = SymText.module("PUBLIC 1000 0 abc\0\0");
    assertEquals("abc", trailingOnLastLine.symbolize(0x1000).function());
    assertEquals(0, trailingOnLastLine.badLineCount());

    // NULs before a line end are inner ones: one error for them, one for the "__" line.
    SymbolFile paddingThenNewline = SymText.module("PUBLIC 1000 0 a\n\0\0\n");
    assertEquals(2, paddingThenNewline.badLineCount());
  }

  @Test
  void fileIdsFirstDefinitionWins() {
    SymbolFile sym =
        SymText.module(
            "FILE 1 first.c\nFILE 1 second.c\nFILE 2 with space.c\nFUNC 10 10 0 f\n10 8 1 1\n18 8 2 2\n");
    assertEquals("first.c", sym.symbolize(0x10).sourceFile());
    assertEquals("with space.c", sym.symbolize(0x18).sourceFile());
  }

  @Test
  void unknownFileIdKeepsLineNumber() {
    Symbolization s = SymText.module("FUNC 10 10 0 f\n10 10 42 7\n").symbolize(0x12);
    assertNull(s.sourceFile());
    assertEquals(42, s.sourceLine());
    assertEquals(0x10, s.sourceLineBase());
  }

  @Test
  void multipleFlags() {
    SymbolFile sym =
        SymText.module("FUNC m 1000 10 8 f(int)\nPUBLIC m 2000 4 g\nPUBLIC 3000 0 h\n");
    Symbolization f = sym.symbolize(0x1000);
    assertTrue(f.isMultiple());
    assertEquals("f(int)", f.function());
    assertEquals(8, f.parameterSize());
    Symbolization g = sym.symbolize(0x2001);
    assertTrue(g.isMultiple());
    assertEquals(4, g.parameterSize());
    assertFalse(sym.symbolize(0x3000).isMultiple());
  }

  @Test
  void functionWithOnlyMIsMalformed() {
    SymbolFile sym = SymText.module("FUNC m 1000 10 0\nPUBLIC m 2000 0\n");
    assertEquals(2, sym.badLineCount());
    assertNull(sym.symbolize(0x1000));
  }

  /** A function named "m" is not the multiple flag when the fields after it are complete. */
  @Test
  void namesKeepInnerAndLeadingSpacesAsBreakpadDoes() {
    SymbolFile sym =
        SymText.module("FUNC 1000 10 0 operator new(unsigned long)\nPUBLIC 2000 0  spaced\n");
    assertEquals("operator new(unsigned long)", sym.symbolize(0x1000).function());
    assertEquals(" spaced", sym.symbolize(0x2000).function());
  }

  @Test
  void publicAtZeroIsIgnored() {
    SymbolFile sym = SymText.module("PUBLIC 0 0 _CIlog\nPUBLIC 0 0 _CIpow\nPUBLIC 10 0 real\n");
    assertEquals(0, sym.badLineCount());
    assertNull(sym.symbolize(0x5));
    assertEquals(1, sym.publicCount());
  }

  @Test
  void duplicatePublicFirstWinsAndCounts() {
    SymbolFile sym = SymText.module("PUBLIC 10 0 first\nPUBLIC 10 0 second\n");
    assertEquals("first", sym.symbolize(0x10).function());
    assertEquals(1, sym.badLineCount());
  }

  @Test
  void numbersFollowStrtoull() {
    SymbolFile sym =
        SymText.module(
            "FUNC 0x1000 0X10 0 hexprefixed\n"
                + "FUNC +2000 10 0 plus\n"
                + "FUNC 3000 10 0x4 paramhex\n"
                + "FUNC 4000 10g 0 trailinggarbage\n"
                + "FUNC ffffffffffffffff 1 0 ullongmax\n"
                + "FUNC 1ffffffffffffffff 1 0 overflow\n");
    assertEquals("hexprefixed", sym.symbolize(0x100f).function());
    assertEquals("plus", sym.symbolize(0x2000).function());
    assertEquals(4, sym.symbolize(0x3000).parameterSize());
    assertNull(sym.symbolize(0x4000));
    assertEquals(3, sym.badLineCount());
  }

  @Test
  void emptyAndHugeValuesDoNotBreakTheParser() {
    StringBuilder text = new StringBuilder(SymText.MODULE);
    text.append("FUNC 1000 10 0 ").append("x".repeat(100_000)).append('\n');
    text.append("INLINE 0 1 0").append(" 1000 1".repeat(400)).append('\n');
    SymbolFile sym = SymText.parse(text.toString());
    assertEquals(100_000, sym.symbolize(0x1000).function().length());
    assertNotNull(sym.symbolize(0x1000));
  }

  private static SymbolFile parseStrict(String text) throws Exception {
    return SymbolFile.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void linesAcrossReadChunks() {
    StringBuilder text = new StringBuilder(SymText.MODULE);
    int count = 120_000; // about 3 MB: several 1 MiB chunks
    for (int i = 1; i <= count; i++) {
      text.append("PUBLIC ").append(Integer.toHexString(i * 16)).append(" 0 name_").append(i);
      text.append(i % 3 == 0 ? "\r\n" : "\n");
    }
    SymbolFile sym = SymText.parse(text.toString());
    assertEquals(count, sym.publicCount());
    for (int i = 1; i <= count; i += 997) {
      assertEquals("name_" + i, sym.symbolize(i * 16L + 5).function());
    }
  }

  /** A line longer than the reader keeps is one bad line; the records after it are read. */
  @Test
  void overlongLineIsSkipped() {
    byte[] head = (SymText.MODULE + "PUBLIC 10 0 before\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\nPUBLIC 20 0 after\n".getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[head.length + SymParser.MAX_LINE + 10 + tail.length];
    System.arraycopy(head, 0, text, 0, head.length);
    java.util.Arrays.fill(text, head.length, head.length + SymParser.MAX_LINE + 10, (byte) 'x');
    System.arraycopy(tail, 0, text, text.length - tail.length, tail.length);
    SymbolFile sym = SymText.parse(text);
    assertEquals(1, sym.badLineCount());
    assertEquals("before", sym.symbolize(0x10).function());
    assertEquals("after", sym.symbolize(0x20).function());
  }
}
