package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths for line records and STACK CFI deltas must agree with the general parser. Extra
 * spaces between fields mean the same to Breakpad but send a line down the general path, so the
 * same records written both ways must give the same lookups. (Not for every malformed field:
 * Breakpad accepts a non-numeric file id preceded by two spaces as 0, see {@link
 * #nonNumericFileIdAfterTwoSpaces()}.)
 */
class FastRecordsTest {
  @Test
  void fastAndGeneralPathsAgree() {
    Random random = new Random(5);
    for (int round = 0; round < 50; round++) {
      StringBuilder canonical = new StringBuilder(SymText.MODULE + "FILE 0 a.c\nFILE 7 b.c\n");
      StringBuilder spaced = new StringBuilder(canonical);
      String func = "INLINE_ORIGIN 0 a\nINLINE_ORIGIN 1 b\nFUNC 1000 800 0 f\n";
      canonical.append(func);
      spaced.append(func);
      for (int i = 0; i < 8; i++) {
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(random.nextInt(3)));
        fields.add(Integer.toString(random.nextInt(50)));
        if (random.nextBoolean()) {
          fields.add(random.nextInt(6) == 0 ? "-1" : Integer.toString(random.nextInt(8)));
        }
        fields.add(Integer.toString(random.nextInt(3)));
        for (int r = 1 + random.nextInt(3); r > 0; r--) {
          fields.add(hex(random, 0x1000 + random.nextInt(0x800)));
          fields.add(hex(random, 1 + random.nextInt(0x100)));
        }
        canonical.append("INLINE ").append(String.join(" ", fields)).append('\n');
        spaced.append("INLINE  ").append(String.join("  ", fields)).append('\n');
      }
      for (int i = 0; i < 40; i++) {
        String[] fields = {
          hex(random, 0x1000 + random.nextInt(0x800)),
          random.nextInt(8) == 0 ? "0" : hex(random, 1 + random.nextInt(0x40)),
          random.nextInt(10) == 0 ? "-3" : Integer.toString(random.nextInt(2000)),
          random.nextInt(10) == 0 ? "-1" : Integer.toString(random.nextBoolean() ? 0 : 7)
        };
        canonical.append(String.join(" ", fields)).append('\n');
        spaced.append(String.join("  ", fields)).append('\n');
      }
      String init = "STACK CFI INIT 1000 800 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n";
      canonical.append(init);
      spaced.append(init);
      for (int i = 0; i < 10; i++) {
        String address = hex(random, 0x1000 + random.nextInt(0x800));
        String rules = ".cfa: $rsp " + random.nextInt(100) + " +";
        canonical.append("STACK CFI ").append(address).append(' ').append(rules).append('\n');
        spaced.append("STACK  CFI ").append(address).append(' ').append(rules).append('\n');
      }
      SymbolFile fast = SymText.parse(canonical.toString());
      SymbolFile general = SymText.parse(spaced.toString());
      assertEquals(general.badLineCount(), fast.badLineCount());
      assertEquals(general.badInlineLineCount(), fast.badInlineLineCount());
      for (long address = 0x1000; address < 0x1800; address++) {
        assertEquals(general.symbolize(address), fast.symbolize(address), "at " + address);
        assertEquals(
            String.valueOf(general.findCfiRules(address)),
            String.valueOf(fast.findCfiRules(address)));
      }
    }
  }

  private static String hex(Random random, long value) {
    String digits = Long.toHexString(value);
    return random.nextInt(4) == 0 ? digits.toUpperCase() : digits;
  }

  /** Breakpad's strtol leaves its end pointer on the space it skipped, which counts as valid. */
  @Test
  void nonNumericFileIdAfterTwoSpaces() {
    SymbolFile sym = SymText.module("FILE 0 zero.c\nFUNC 10 10 0 f\n10 4 1 x\n14 4 2  x\n");
    assertEquals(1, sym.badLineCount());
    assertEquals("zero.c", sym.symbolize(0x14).sourceFile());
    assertEquals(0, sym.symbolize(0x10).sourceLine());
  }
}
