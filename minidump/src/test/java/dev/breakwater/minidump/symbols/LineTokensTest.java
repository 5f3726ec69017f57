package dev.breakwater.minidump.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineTokensTest {
  private final LineTokens tokens = new LineTokens();

  private boolean tokenize(String line, int max) {
    byte[] b = line.getBytes(StandardCharsets.US_ASCII);
    return tokens.tokenize(b, 0, b.length, max);
  }

  private String token(String line, int index) {
    return line.substring(tokens.start(index), tokens.end(index));
  }

  @Test
  void lastTokenTakesTheRestAfterOneSeparator() {
    String line = "  1000 10   0  name with  spaces ";
    assertTrue(tokenize(line, 4));
    assertEquals("1000", token(line, 0));
    assertEquals("10", token(line, 1));
    assertEquals("0", token(line, 2));
    assertEquals(" name with  spaces ", token(line, 3));
  }

  @Test
  void tooFewTokens() {
    assertFalse(tokenize("1000 10 0", 4));
    assertFalse(tokenize("1000 10 0 ", 4));
    assertTrue(tokenize("1000 10 0  x", 4));
    assertFalse(tokenize("", 2));
  }

  @Test
  void strtoullSemantics() {
    String line = "0x1F +12 -1 12g \t7 0x zz";
    assertTrue(tokenize(line, 7));
    assertEquals(0x1f, tokens.unsigned(0, 16));
    assertTrue(tokens.validAfterNumber(0));
    assertEquals(0x12, tokens.unsigned(1, 16));
    assertEquals(-1L, tokens.unsigned(2, 16));
    assertEquals(0x12, tokens.unsigned(3, 16));
    assertFalse(tokens.validAfterNumber(3));
    assertEquals(7, tokens.unsigned(4, 10));
    assertTrue(tokens.validAfterNumber(4));
    assertEquals(0, tokens.unsigned(5, 16));
    assertFalse(tokens.validAfterNumber(5));
    assertEquals(0, tokens.unsigned(6, 16));
    assertFalse(tokens.validAfterNumber(6));
  }

  @Test
  void overflowSaturates() {
    String line = "10000000000000000 9223372036854775808 -9223372036854775809";
    assertTrue(tokenize(line, 3));
    assertEquals(-1L, tokens.unsigned(0, 16));
    assertEquals(Long.MAX_VALUE, tokens.signed(1, 10));
    assertEquals(Long.MIN_VALUE, tokens.signed(2, 10));
    assertEquals(-1L, tokens.unsigned(1, 16));
  }
}
