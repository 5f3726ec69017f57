package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SymbolizeTest {
  private static final SymbolFile SYM =
      SymText.module(
          "FILE 0 main.c\n"
              + "FILE 1 util.h\n"
              + "PUBLIC 800 4 before_all\n"
              + "FUNC 1000 100 8 first\n"
              + "1000 10 10 0\n"
              + "1010 f0 11 1\n"
              + "PUBLIC 1050 0 inside_first\n"
              + "PUBLIC 1180 c after_first\n"
              + "FUNC 1200 10 0 second\n"
              + "1204 4 20 0\n"
              + "PUBLIC 1300 0 last_public\n");

  @Test
  void functionBoundaries() {
    assertEquals("first", SYM.symbolize(0x1000).function());
    assertEquals("first", SYM.symbolize(0x10ff).function());
    assertEquals(0x1000, SYM.symbolize(0x10ff).functionBase());
    assertEquals(8, SYM.symbolize(0x1000).parameterSize());
    assertEquals("second", SYM.symbolize(0x120f).function());
  }

  @Test
  void lineRecordsAtTheirBoundaries() {
    Symbolization start = SYM.symbolize(0x100f);
    assertEquals("main.c", start.sourceFile());
    assertEquals(10, start.sourceLine());
    assertEquals(0x1000, start.sourceLineBase());
    Symbolization next = SYM.symbolize(0x1010);
    assertEquals("util.h", next.sourceFile());
    assertEquals(11, next.sourceLine());
    assertEquals(0x1010, next.sourceLineBase());
  }

  @Test
  void functionWithoutLineAtAddressHasNoSource() {
    Symbolization s = SYM.symbolize(0x1200);
    assertEquals("second", s.function());
    assertNull(s.sourceFile());
    assertEquals(0, s.sourceLine());
    assertEquals(0, s.sourceLineBase());
    assertTrue(s.inlines().isEmpty());
  }

  @Test
  void publicBelowAddressWhenNoFunctionCovers() {
    assertNull(SYM.symbolize(0x7ff));
    assertEquals("before_all", SYM.symbolize(0x800).function());
    assertEquals(4, SYM.symbolize(0xfff).parameterSize());
    // after "first": the PUBLIC at 0x1180 lies above the function below, so it is used
    Symbolization after = SYM.symbolize(0x1190);
    assertEquals("after_first", after.function());
    assertEquals(0x1180, after.functionBase());
    assertEquals(0xc, after.parameterSize());
    assertNull(after.sourceFile());
    assertEquals("last_public", SYM.symbolize(0xffff_ffffL).function());
  }

  /** Breakpad ignores a PUBLIC that starts below the nearest FUNC under the address. */
  @Test
  void publicHiddenByAFunctionBetween() {
    SymbolFile sym = SymText.module("PUBLIC 100 0 pub\nFUNC 200 10 0 func\n");
    assertEquals("pub", sym.symbolize(0x150).function());
    assertNull(sym.symbolize(0x210));
    // a PUBLIC inside the FUNC below the address does count (its address is above the FUNC's)
    SymbolFile inside = SymText.module("FUNC 200 10 0 func\nPUBLIC 208 0 pub\n");
    assertEquals("pub", inside.symbolize(0x300).function());
  }

  @Test
  void overlappingFunctionsFirstInFileWins() {
    SymbolFile sym =
        SymText.module(
            "FUNC 1000 100 0 a\nFUNC 1080 100 0 b_overlaps_a\nFUNC 1100 10 0 c\n"
                + "FUNC 3000 10 0 later\nFUNC 2000 1001 0 d_overlaps_later\nFUNC 2000 10 0 e\n");
    assertEquals("a", sym.symbolize(0x10ff).function());
    assertEquals("c", sym.symbolize(0x1100).function());
    assertEquals("later", sym.symbolize(0x3000).function());
    assertEquals("e", sym.symbolize(0x2000).function());
    assertNull(sym.symbolize(0x2010));
    assertEquals(4, sym.functionCount());
  }

  @Test
  void functionsInAnyOrder() {
    SymbolFile sym = SymText.module("FUNC 3000 10 0 c\nFUNC 1000 10 0 a\nFUNC 2000 10 0 b\n");
    assertEquals("a", sym.symbolize(0x1000).function());
    assertEquals("b", sym.symbolize(0x200f).function());
    assertEquals("c", sym.symbolize(0x3001).function());
    assertNull(sym.symbolize(0x2010));
  }

  @Test
  void overlappingLinesFirstWinsAndZeroSizedAreDropped() {
    SymbolFile sym =
        SymText.module(
            "FILE 0 a.c\nFUNC 1000 100 0 f\n1000 0 1 0\n1010 10 2 0\n1008 10 3 0\n1000 8 4 0\n"
                + "1020 10 5 0\n");
    assertEquals(4, sym.symbolize(0x1000).sourceLine());
    assertEquals(2, sym.symbolize(0x1010).sourceLine());
    assertEquals(5, sym.symbolize(0x1020).sourceLine());
    assertEquals(0, sym.symbolize(0x1030).sourceLine());
  }

  /** STACK and FILE records between a FUNC and its lines do not end the function. */
  @Test
  void linesAfterStackRecordsStillBelongToTheFunction() {
    SymbolFile sym =
        SymText.module(
            "FUNC 1000 10 0 f\nSTACK CFI INIT 1000 10 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n"
                + "FILE 3 late.c\n1000 10 9 3\n");
    assertEquals(0, sym.badLineCount());
    assertEquals("late.c", sym.symbolize(0x1000).sourceFile());
  }

  @Test
  void sixtyFourBitAddresses() {
    SymbolFile sym = SymText.module("FUNC fffffffff0000000 100 0 high\nfffffffff0000000 10 1 0\n");
    assertEquals("high", sym.symbolize(0xfffffffff00000ffL).function());
    assertEquals(1, sym.symbolize(0xfffffffff0000000L).sourceLine());
    assertNull(sym.symbolize(0xfffffffff0000100L));
  }

  @Test
  void wrappingRangesAreDropped() {
    SymbolFile sym = SymText.module("FUNC ffffffffffffff00 200 0 wraps\n");
    assertNull(sym.symbolize(0xffffffffffffff00L));
  }
}
