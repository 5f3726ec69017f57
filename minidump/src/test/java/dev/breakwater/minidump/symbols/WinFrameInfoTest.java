package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WinFrameInfoTest {
  private static final String PROGRAM =
      "$T0 .raSearch = $eip $T0 ^ = $esp $T0 4 + = $ebp $T0 12 - ^ =";

  private static final SymbolFile SYM =
      SymText.module(
          "FUNC 1000 100 c with_stack_win\n"
              + "FUNC 3000 100 10 only_func\n"
              + "PUBLIC 5000 8 only_public\n"
              + "STACK WIN 4 1000 100 8 2 c 4 10 0 1 "
              + PROGRAM
              + "\n"
              + "STACK WIN 0 1000 100 8 2 c 4 10 0 0 1\n"
              + "STACK WIN 0 2000 80 3 1 8 0 20 0 0 0\n"
              + "STACK WIN 0 2010 10 0 0 4 0 0 0 0 1\n"
              + "STACK WIN 4 2000 40 0 0 0 0 0 0 1 $eip 1 =\n"
              + "STACK WIN 4 2020 40 0 0 0 0 0 0 1 $eip 2 =\n" // partial overlap: dropped
              + "STACK WIN 4 2000 40 0 0 0 0 0 0 1 $eip 3 =\n" // identical: dropped
              + "STACK WIN 2 6000 10 0 0 0 0 0 0 0 0\n"); // type 2: valid, never looked up

  @Test
  void frameDataRecordFields() {
    WinFrameInfo info = SYM.findWinFrameInfo(0x1080);
    assertEquals(new WinFrameInfo(4, 0x1000, 0x100, 8, 2, 0xc, 4, 0x10, 0, false, PROGRAM), info);
  }

  @Test
  void fpoRecordWithAllocatesBasePointer() {
    WinFrameInfo info = SYM.findWinFrameInfo(0x2050);
    assertEquals(0, info.type());
    assertEquals(0x20, info.localSize());
    assertFalse(info.allocatesBasePointer());
    assertNull(info.programString());
    WinFrameInfo inner = SYM.findWinFrameInfo(0x2030);
    assertEquals(0x2000, inner.rva());
    assertEquals(4, inner.type());
  }

  @Test
  void frameDataIsPreferredAndInnermostRangeWins() {
    assertEquals(4, SYM.findWinFrameInfo(0x1000).type());
    assertEquals("$eip 1 =", SYM.findWinFrameInfo(0x203f).programString());
    WinFrameInfo fpo = SYM.findWinFrameInfo(0x2045);
    assertEquals(0, fpo.type());
    assertEquals(0x2000, fpo.rva());
    // inside 0x2010+10 (FPO) but FrameData 0x2000+40 still covers it
    assertEquals(4, SYM.findWinFrameInfo(0x2015).type());
    assertNull(SYM.findWinFrameInfo(0x6000));
    assertNull(SYM.findWinFrameInfo(0x2080));
  }

  @Test
  void nestedFpoRangeIsFoundInsideItsParent() {
    SymbolFile sym =
        SymText.module(
            "STACK WIN 0 2000 80 3 1 8 0 20 0 0 0\nSTACK WIN 0 2010 10 0 0 4 0 0 0 0 1\n");
    assertTrue(sym.findWinFrameInfo(0x2015).allocatesBasePointer());
    assertEquals(0x2000, sym.findWinFrameInfo(0x2020).rva());
  }

  /** MSVC writes overlapping records (strncpy_s in minidump2's test_app); the first one stays. */
  @Test
  void overlappingRecordsFromMsvc() {
    SymbolFile sym =
        SymText.module(
            "STACK WIN 4 4242 1a a 0 0 0 0 0 1 $eip 1 =\nSTACK WIN 4 4243 2e 9 0 0 0 0 0 1 $eip 2 =\n");
    assertEquals("$eip 1 =", sym.findWinFrameInfo(0x4250).programString());
    assertNull(sym.findWinFrameInfo(0x4260));
  }

  @Test
  void parameterSizeFallbackFromFunc() {
    assertTrue(SYM.findFunctionParameterSize(0x1000).isEmpty());
    assertEquals(OptionalLong.of(0x10), SYM.findFunctionParameterSize(0x3000));
    assertTrue(SYM.findFunctionParameterSize(0x5000).isEmpty());
  }

  @Test
  void programStringRecoversCallerRegisters() {
    WinFrameInfo info = SYM.findWinFrameInfo(0x1000);
    Map<String, Long> dict = new HashMap<>();
    dict.put("$ebp", 0x10f0L);
    dict.put("$esp", 0x1000L);
    dict.put(".raSearch", 0x1010L);
    MemoryReader stack =
        (address, size) ->
            address == 0x1010
                ? OptionalLong.of(0x401234)
                : address == 0x1004 ? OptionalLong.of(0x1100) : OptionalLong.empty();
    assertTrue(PostfixEvaluator.evaluate(info.programString(), dict, stack, 4));
    assertEquals(0x401234L, dict.get("$eip"));
    assertEquals(0x1014L, dict.get("$esp"));
    assertEquals(0x1100L, dict.get("$ebp"));
  }

  @Test
  void malformedRecordsAreCounted() {
    SymbolFile sym =
        SymText.module(
            "STACK WIN 4 1000 10 0 0 0 0 0 0 1\nSTACK WIN -1 1000 10 0 0 0 0 0 0 0 0\nSTACK WIN\n");
    assertEquals(3, sym.badLineCount());
  }
}
